package io.breakerboard.model;

/** Lifecycle of an alert: a condition is first pending, fires once it has held long enough, then resolves. */
public enum AlertState {
    PENDING,
    FIRING,
    RESOLVED
}
