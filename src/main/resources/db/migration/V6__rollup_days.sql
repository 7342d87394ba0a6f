-- Saved rollups packed one row per agent and UTC day instead of one row per agent and minute.
--
-- Start-up reads every saved rollup; as tens of thousands of small rows that read cost about as much as
-- decoding them (1,000,000 executions over three days leave 35,000 minutes). Packed, it is a few dozen rows.
-- A row holds the day's minutes in order, each as: minute of the day (unsigned varint), length of its
-- state (unsigned varint), the state bytes (the format of metrics.RollupCodec).
--
-- Rollups saved before are dropped with their checkpoint, so the first start after this migration rebuilds
-- the metrics from the stored executions and saves them packed (see decision 0013).
DROP TABLE rollups;

CREATE TABLE rollup_days (
    agent     VARCHAR NOT NULL,
    epoch_day BIGINT NOT NULL,
    minutes   VARBINARY NOT NULL,
    PRIMARY KEY (agent, epoch_day)
);

DELETE FROM rollup_checkpoint;
