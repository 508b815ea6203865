-- dateline's SQLite schema. Applied on every open; every statement is idempotent.
-- Columns added since a database was made are added at open (sqlite.go: upgrade),
-- and indexes on them made there.
CREATE TABLE IF NOT EXISTS articles (
    id              TEXT PRIMARY KEY,          -- sha256 of the raw input
    source          TEXT NOT NULL,
    url             TEXT,
    headline        TEXT,
    subheadline     TEXT,
    agency          TEXT,
    place           TEXT,
    dateline        TEXT,
    published       TEXT,                      -- YYYY-MM-DD or NULL when unknown
    published_basis TEXT,
    body            TEXT NOT NULL,
    doc             BLOB NOT NULL,             -- the extract contract's JSON
    ingested        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(headline, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE IF NOT EXISTS entities (
    article   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    entity    TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    role      TEXT,
    mentions  INTEGER NOT NULL,
    published TEXT,
    PRIMARY KEY (article, idx)
);
CREATE INDEX IF NOT EXISTS entities_entity ON entities(entity);

CREATE TABLE IF NOT EXISTS quotes (
    article        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    speaker        TEXT,
    speaker_entity TEXT,
    mention        TEXT,
    cue            TEXT,
    date           TEXT,
    parent         INTEGER,
    sentence       TEXT,
    published      TEXT,
    UNIQUE (article, idx)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity);

CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, speaker, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE IF NOT EXISTS events (
    article        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    type           TEXT NOT NULL,
    source_name    TEXT,
    source_entity  TEXT,
    source_country TEXT,
    source_sector  TEXT,
    target_name    TEXT,
    target_entity  TEXT,
    target_country TEXT,
    target_sector  TEXT,
    date           TEXT,
    place          TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    mode           TEXT NOT NULL,
    quote          INTEGER,
    text           TEXT,
    trigger        TEXT,
    context        TEXT,
    gkey           TEXT,                      -- what reports of one event share (storekit.EventKey)
    gid            TEXT,                      -- the event's id: reports of one event share it
    gfirst         INTEGER NOT NULL DEFAULT 0, -- 1 for the event's first report
    PRIMARY KEY (article, idx)
);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);
CREATE INDEX IF NOT EXISTS events_source ON events(source_country);
CREATE INDEX IF NOT EXISTS events_target ON events(target_country);
