-- Full text folds accents as the SQLite store does: tsv is made from the
-- text folded by storekit.Fold (Put sets it; rows stored before get it at
-- open, postgres.go: foldStored), no longer generated from the raw text,
-- which 'simple' only lower-cases ("zurich" did not find "Zürich").
ALTER TABLE articles DROP COLUMN tsv;
ALTER TABLE articles ADD COLUMN tsv TSVECTOR;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE quotes DROP COLUMN tsv;
ALTER TABLE quotes ADD COLUMN tsv TSVECTOR;
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
