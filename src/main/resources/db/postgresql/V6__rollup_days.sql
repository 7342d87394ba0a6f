-- PostgreSQL variant of db/migration/V6__rollup_days.sql: BYTEA for the packed rollups.
-- Saved rollups packed one row per agent and UTC day instead of one row per agent and minute, and the total of
-- each such day beside them.
--
-- Start-up reads every saved rollup; as tens of thousands of small rows that read cost about as much as
-- decoding them (1,000,000 executions over three days leave 35,000 minutes). Packed, it is a few dozen rows.
-- A row of rollup_days holds the day's minutes in order, each as: minute of the day (unsigned varint), length
-- of its state (unsigned varint), the state bytes (the format of metrics.RollupCodec).
--
-- rollup_day_totals holds, for the same agent and day, every minute of the day merged into one rollup (same
-- format, placed at the day's first minute), so a report over whole days reads and decodes one rollup per agent
-- and day instead of every minute. Written in the same transaction as the day's minutes; apart from them so
-- that reading the totals reads no minutes.
--
-- Rollups saved before are dropped with their checkpoint, so the first start after this migration rebuilds
-- the metrics from the stored executions and saves them packed (see decision 0013).
DROP TABLE rollups;

CREATE TABLE rollup_days (
    agent     VARCHAR NOT NULL,
    epoch_day BIGINT NOT NULL,
    minutes   BYTEA NOT NULL,
    PRIMARY KEY (agent, epoch_day)
);

-- A report over a range that cuts a day reads that day's minutes of every agent.
CREATE INDEX rollup_days_day ON rollup_days (epoch_day);

CREATE TABLE rollup_day_totals (
    agent     VARCHAR NOT NULL,
    epoch_day BIGINT NOT NULL,
    total     BYTEA NOT NULL,
    PRIMARY KEY (agent, epoch_day)
);

DELETE FROM rollup_checkpoint;
