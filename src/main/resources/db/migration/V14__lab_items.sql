-- Executions a lab run lists beside its table (a what-if replay's saved, lost and not replayable executions),
-- each with why.
CREATE TABLE lab_run_items (
    run_id         VARCHAR(64)   NOT NULL REFERENCES lab_runs (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    list_name      VARCHAR(32)   NOT NULL,
    execution_key  VARCHAR(1000) NOT NULL,
    agent          VARCHAR(200)  NOT NULL,
    detail         TEXT          NOT NULL,
    PRIMARY KEY (run_id, position)
);
