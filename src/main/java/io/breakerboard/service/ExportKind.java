package io.breakerboard.service;

/** What a CSV export contains. */
public enum ExportKind {
    /** One row per execution under the filter. */
    EXECUTIONS,
    /** One row per agent plus ALL: counts, success rate, percentiles, cost. */
    AGENT_SUMMARY,
    /** Failed executions under the filter, newest first. */
    FAILURES,
    /** Alerts, firing first. */
    ALERTS,
    /** One row per quality score of the executions under the filter, newest execution first. */
    SCORES
}
