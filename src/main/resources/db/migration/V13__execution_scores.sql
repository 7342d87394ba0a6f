-- Quality scores of executions: reviews, annotations, evaluator and rubric scores, user feedback, one row each.
-- Written with their execution by the writer, like its steps, and replaced with them when the execution comes
-- back changed, so importing the same file again adds no rows. No foreign key, as for steps.
-- numeric_value is on 0..1 when the source declared its range; a boolean score is also stored as 0 or 1.
CREATE TABLE execution_scores (
    execution_id  BIGINT NOT NULL,
    idx           INTEGER NOT NULL,
    name          VARCHAR(200) NOT NULL,
    numeric_value DOUBLE PRECISION,
    label         VARCHAR(1000),
    flag          BOOLEAN,
    source        VARCHAR(16) NOT NULL,
    comment_text  VARCHAR(4000),
    scored_at_us  BIGINT,
    PRIMARY KEY (execution_id, idx)
);
