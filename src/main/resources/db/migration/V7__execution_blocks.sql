-- Executions stored in packed blocks of consecutive ids instead of one row each (decision 0021).
--
-- One H2 row per execution cost about 20 microseconds of CPU to insert even with the primary key as the only
-- index, far more than reading the line it came from. A block holds up to a few thousand executions column by
-- column (store.ExecutionBlockCodec), so an import writes one row per block.
--
-- execution_blocks: what a search needs to know of each block without reading it: its ids
-- (first_id .. first_id + row_count - 1), its earliest and latest start (microseconds since the epoch) and how
-- many of its executions did not succeed. execution_block_data: the block's bytes.
CREATE TABLE execution_blocks (
    first_id    BIGINT PRIMARY KEY,
    row_count   INT NOT NULL,
    min_started BIGINT NOT NULL,
    max_started BIGINT NOT NULL,
    failures    INT NOT NULL
);

CREATE TABLE execution_block_data (
    first_id BIGINT PRIMARY KEY,
    data     VARBINARY NOT NULL
);

-- Executions stored before are moved into blocks, with their ids, on the first start after this migration
-- (store.LegacyExecutions); the table then stays empty, and its time indexes are read no more.
DROP INDEX executions_started;
DROP INDEX executions_agent_started;
