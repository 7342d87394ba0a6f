package io.breakerboard.metrics;

/** Cost and tokens attributed to one model over a filter's range. */
public record ModelCost(String model, long executions, long inputTokens, long outputTokens, long costMicros) {
    /** The model name given to executions whose log names no model. */
    public static final String UNKNOWN = "unknown";
}
