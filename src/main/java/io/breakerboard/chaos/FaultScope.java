package io.breakerboard.chaos;

/** What a fault is aimed at: every call, or the calls of one tool, one agent or one model. */
public enum FaultScope {
    ALL,
    TOOL,
    AGENT,
    MODEL
}
