package io.breakerboard.engine.call;

/** What a call reaches: a language model or a tool. */
public enum CallKind {
    MODEL,
    TOOL
}
