package io.breakerboard.store;

/**
 * The columns of an {@link ExecutionBlock}, in their stored order, each with how it is packed. New columns go at
 * the end, so blocks written before stay readable.
 */
enum BlockColumn {
    KEY(Packing.PREFIXED_TEXT),
    AGENT(Packing.TEXT),
    TASK(Packing.TEXT),
    STARTED(Packing.DELTA),
    DURATION(Packing.NUMBER),
    OUTCOME(Packing.TEXT),
    ERROR_KIND(Packing.TEXT),
    ERROR_MESSAGE(Packing.TEXT),
    MODEL(Packing.TEXT),
    INPUT_TOKENS(Packing.NUMBER),
    OUTPUT_TOKENS(Packing.NUMBER),
    COST(Packing.NUMBER),
    RETRIES(Packing.NUMBER),
    ITERATIONS(Packing.NUMBER),
    TOOL_CALLS(Packing.NUMBER),
    TOOL_FAILURES(Packing.NUMBER),
    USER(Packing.TEXT),
    SESSION(Packing.TEXT),
    SOURCE(Packing.TEXT),
    FORMAT(Packing.TEXT),
    IMPORTED_AT(Packing.DELTA),
    /** {@link ExecutionFingerprint}; blocks written before it was kept read it as {@link ExecutionFingerprint#UNKNOWN}. */
    FINGERPRINT(Packing.NUMBER),
    /** The orchestration pattern; blocks written before it was kept read it as null. */
    PATTERN(Packing.TEXT);

    /** Columns every stored block has: those before {@link #FINGERPRINT}. */
    static final int FIRST_VERSION_COLUMNS = 21;

    /** How the values of a column are laid out. */
    enum Packing {
        /** Never null; each the length of the prefix it shares with the one before, then the rest (ids in a log share most). */
        PREFIXED_TEXT,
        /** Nullable text, as a dictionary and one index a row when values repeat, else each value in full. */
        TEXT,
        /** Signed numbers. */
        NUMBER,
        /** Signed numbers as the difference to the one before (times in log order differ little). */
        DELTA
    }

    static final BlockColumn[] ALL = values();

    final Packing packing;

    BlockColumn(Packing packing) {
        this.packing = packing;
    }

    boolean isText() {
        return packing == Packing.PREFIXED_TEXT || packing == Packing.TEXT;
    }
}
