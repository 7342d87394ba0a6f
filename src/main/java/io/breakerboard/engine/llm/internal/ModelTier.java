package io.breakerboard.engine.llm.internal;

/** Price and speed class of a model. */
public enum ModelTier {
    /** Cheap and fast, less reliable at following the output format. */
    CHEAP,
    /** Strong and slow, several times the price. */
    STRONG
}
