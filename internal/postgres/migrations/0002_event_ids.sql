-- Event ids: reports of one event share gid, the event's id; gkey is what
-- they share (storekit.EventKey) and gfirst marks the event's first report,
-- which tells it in listings. Rows stored before are given theirs at open
-- (postgres.go: assignStored).
ALTER TABLE events
    ADD COLUMN gkey TEXT,
    ADD COLUMN gid TEXT,
    ADD COLUMN gfirst BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX events_gid ON events (gid);
CREATE INDEX events_gkey ON events (gkey, date) WHERE gfirst;
CREATE INDEX events_first ON events (date DESC NULLS LAST, article, idx) WHERE gfirst;
