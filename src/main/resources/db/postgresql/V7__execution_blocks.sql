-- PostgreSQL variant of db/migration/V7__execution_blocks.sql. Packed blocks of consecutive ids (decision 0021)
-- assume one writer handing out ids; in team mode executions stay one row each (decision 0028). What the blocks'
-- failure counts do on H2 (skip to failures in newest-first lists), a partial index does here.
CREATE INDEX executions_failures ON executions (started_at) WHERE outcome <> 'SUCCESS';
