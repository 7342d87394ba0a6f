-- PostgreSQL variant of db/migration/V4__chaos.sql: TEXT for large text, microsecond timestamps (PostgreSQL's finest).
-- Chaos experiments people wrote (as the JSON they wrote) and the reports of experiment runs.
-- Stands alone: no reference to tables of other migrations.

CREATE TABLE chaos_experiments (
    name       CHARACTER VARYING(80)       PRIMARY KEY,
    json       TEXT      NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE chaos_reports (
    id         CHARACTER VARYING(64)       PRIMARY KEY,
    experiment CHARACTER VARYING(80)       NOT NULL,
    seed       BIGINT                      NOT NULL,
    status     CHARACTER VARYING(16)       NOT NULL,
    started_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ended_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    summary    CHARACTER VARYING(4000)
);

CREATE INDEX chaos_reports_by_start ON chaos_reports (started_at);

CREATE TABLE chaos_report_rows (
    report_id CHARACTER VARYING(64)   NOT NULL REFERENCES chaos_reports (id) ON DELETE CASCADE,
    position  INTEGER                 NOT NULL,
    phase     CHARACTER VARYING(16)   NOT NULL,
    action    CHARACTER VARYING(4000) NOT NULL,
    expected  CHARACTER VARYING(4000),
    actual    CHARACTER VARYING(4000),
    deviated  BOOLEAN                 NOT NULL,
    fix       CHARACTER VARYING(4000),
    PRIMARY KEY (report_id, position)
);
