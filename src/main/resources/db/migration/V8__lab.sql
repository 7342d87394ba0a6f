-- Lab runs (pattern benchmark, cost before/after, cost breakdown): the settings and the table of values,
-- one row per compared arm and metric, with the 95 % interval where there is one.
CREATE TABLE lab_runs (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    seed        BIGINT       NOT NULL,
    title       VARCHAR(500) NOT NULL,
    settings    TEXT         NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE INDEX lab_runs_created ON lab_runs (created_at);

CREATE TABLE lab_run_values (
    run_id      VARCHAR(64)      NOT NULL REFERENCES lab_runs (id) ON DELETE CASCADE,
    position    INTEGER          NOT NULL,
    row_label   VARCHAR(200)     NOT NULL,
    metric      VARCHAR(100)     NOT NULL,
    value_est   DOUBLE PRECISION,
    value_low   DOUBLE PRECISION,
    value_high  DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);
