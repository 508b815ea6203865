-- Event grouping by state (storekit.EventKeyVersion 2): a state's executive,
-- armed forces, police and intelligence, and the state named as a country,
-- are one side of an event. Reports grouped before are grouped again at open
-- (postgres.go: assignStored), as if stored now; event ids may change.
UPDATE events SET gkey = NULL, gid = NULL, gfirst = false;
