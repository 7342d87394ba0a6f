-- An execution stopped at a call boundary by a normal quit is paused, not crashed: it continues on its own at the
-- next start instead of being offered for resuming (paused_at is NULL for executions cut short by a crash).
-- downtime_micros adds up the time between each stop and the resume after it, which its duration leaves out.
ALTER TABLE engine_checkpoint ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE engine_checkpoint ADD COLUMN downtime_micros BIGINT DEFAULT 0 NOT NULL;
