-- dateline's PostgreSQL schema, version 1: the same tables as the SQLite
-- store, with DATE columns and tsvector columns (GIN-indexed) for full text.
-- The 'simple' configuration lower-cases words and does not stem, like the
-- SQLite store's unicode61 tokenizer.
CREATE TABLE articles (
    seq             BIGSERIAL UNIQUE,          -- insertion order (ties in listings)
    id              TEXT PRIMARY KEY,          -- sha256 of the raw input
    source          TEXT NOT NULL,
    url             TEXT,
    headline        TEXT,
    subheadline     TEXT,
    agency          TEXT,
    place           TEXT,
    dateline        TEXT,
    published       DATE,                      -- NULL when unknown
    published_basis TEXT,
    body            TEXT NOT NULL,
    doc             JSON NOT NULL,             -- the extract contract's JSON, as written
    ingested        TIMESTAMPTZ NOT NULL DEFAULT now(),
    tsv             TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(subheadline, '') || ' ' || body)) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE entities (
    article   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    entity    TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    role      TEXT,
    mentions  INTEGER NOT NULL,
    published DATE,
    PRIMARY KEY (article, idx)
);
CREATE INDEX entities_entity ON entities (entity);
CREATE INDEX entities_country ON entities (country);

CREATE TABLE quotes (
    article        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    speaker        TEXT,
    speaker_entity TEXT,
    mention        TEXT,
    cue            TEXT,
    date           DATE,
    parent         INTEGER,
    sentence       TEXT,
    published      DATE,
    tsv            TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
    PRIMARY KEY (article, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);

CREATE TABLE events (
    article        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
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
    date           DATE,
    place          TEXT,
    place_country  TEXT,
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    mode           TEXT NOT NULL,
    quote          INTEGER,
    text           TEXT,
    trigger        TEXT,
    context        TEXT,                      -- PLOVER context words joined by ';'
    PRIMARY KEY (article, idx)
);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_source ON events (source_country);
CREATE INDEX events_target ON events (target_country);
