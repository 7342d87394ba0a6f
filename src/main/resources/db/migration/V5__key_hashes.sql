-- De-duplication by a 64-bit hash of the execution key instead of a unique index on the key.
--
-- Keys are random (trace ids, content hashes), so a B-tree on them takes each insert to a different page, and
-- H2's copy-on-write store rewrites most of the index at every commit: on a million imported lines that index
-- cost more than everything else together. The writer keeps every stored key's hash in memory instead, loaded
-- at start from this table: one row per inserted chunk, holding the 8-byte hashes (big-endian) of the
-- executions with ids first_id, first_id + 1, ... in order. A hash that is not in memory is a new key; a hash
-- that is leads to the ids to compare the stored key with, so a collision never drops an execution.
-- Executions stored before this migration get their hashes written on the first start after it.
ALTER TABLE executions DROP CONSTRAINT executions_key_unique;

CREATE TABLE execution_key_hashes (
    first_id BIGINT PRIMARY KEY,
    hashes   VARBINARY(1000000) NOT NULL
);
