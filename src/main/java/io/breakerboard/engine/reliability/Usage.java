package io.breakerboard.engine.reliability;

/**
 * Tokens and money a call consumed.
 *
 * @param inputTokens  prompt tokens
 * @param outputTokens completion tokens
 * @param costMicros   cost in micro-dollars
 */
public record Usage(long inputTokens, long outputTokens, long costMicros) {
    public static final Usage NONE = new Usage(0, 0, 0);

    public Usage plus(Usage o) {
        return new Usage(inputTokens + o.inputTokens, outputTokens + o.outputTokens, costMicros + o.costMicros);
    }

    /** Every figure multiplied by {@code factor}, as a token or cost spike would. */
    public Usage scaled(double factor) {
        return new Usage(Math.round(inputTokens * factor), Math.round(outputTokens * factor),
                Math.round(costMicros * factor));
    }
}
