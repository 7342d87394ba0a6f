-- The engine's load-balancer settings: strategy, executions per agent instance, arrivals that may queue.
CREATE TABLE engine_balancer (
    id                INTEGER     NOT NULL PRIMARY KEY,
    strategy          VARCHAR(32) NOT NULL,
    instance_capacity INTEGER     NOT NULL,
    queue_capacity    INTEGER     NOT NULL,
    updated_at        TIMESTAMP   NOT NULL
);
