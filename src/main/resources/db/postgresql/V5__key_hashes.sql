-- PostgreSQL variant of db/migration/V5__key_hashes.sql. On H2 the unique key gave way to an in-memory hash
-- table held by the one writing process; with many writing processes only the database can decide whether a key
-- is stored, so the unique constraint stays (decision 0028). Instead this adds what many writers need:
--
-- fingerprint: the content hash of decision 0025, to tell a duplicate from an updated execution.
-- change_seq:  the number of the last change to the row (insert or replacement). Numbers are handed out by
--              change_clock while its one row is locked, and that lock is held to the commit, so changes become
--              visible in number order and a reader follows everything with one watermark.
-- version:     1 when inserted, one more at each replacement.
-- prev_agent, prev_started_at: where the replaced version counted in the rollups, so other processes rebuild
--              that minute too.
ALTER TABLE executions ADD COLUMN fingerprint BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE executions ADD COLUMN prev_agent TEXT;
ALTER TABLE executions ADD COLUMN prev_started_at TIMESTAMP(6) WITH TIME ZONE;

CREATE INDEX executions_change ON executions (change_seq);

CREATE TABLE change_clock (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL
);

INSERT INTO change_clock (id, last_seq) VALUES (1, 0);
