package io.breakerboard.engine.llm;

/**
 * What a model charges.
 *
 * @param inputMicrosPerMillion  micro-dollars per one million prompt tokens
 * @param outputMicrosPerMillion micro-dollars per one million completion tokens
 */
public record Price(long inputMicrosPerMillion, long outputMicrosPerMillion) {

    public Price {
        if (inputMicrosPerMillion < 0 || outputMicrosPerMillion < 0) {
            throw new IllegalArgumentException("prices cannot be negative: input " + inputMicrosPerMillion
                    + ", output " + outputMicrosPerMillion + " micro-dollars per 1M tokens");
        }
    }

    /** A price from dollars per one million tokens, as providers publish them. */
    public static Price perMillionUsd(double input, double output) {
        return new Price(Math.round(input * 1_000_000), Math.round(output * 1_000_000));
    }

    /** Cost of a call in micro-dollars, rounded to the nearest micro-dollar. */
    public long cost(long inputTokens, long outputTokens) {
        return (inputTokens * inputMicrosPerMillion + outputTokens * outputMicrosPerMillion + 500_000) / 1_000_000;
    }
}
