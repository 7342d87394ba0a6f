package io.breakerboard.model;

/** How urgent an alert is. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
