package io.breakerboard.engine.reliability;

/**
 * What a call reaches: a language model or a tool. {@code MEMORY} is the episodic-memory recall, an input the
 * checkpoint journal keeps like a call's result; it never passes through the reliability layers.
 */
public enum CallKind {
    MODEL,
    TOOL,
    MEMORY
}
