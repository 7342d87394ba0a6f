package io.breakerboard.demo;

/**
 * A model and its list price per million tokens, in micro-dollars (1 USD = 1,000,000), as published in
 * October 2024.
 */
record ModelPrice(String model, long inputPerMillion, long outputPerMillion) {

    static final ModelPrice GPT_4O = new ModelPrice("gpt-4o-2024-08-06", 2_500_000, 10_000_000);
    static final ModelPrice GPT_4O_MINI = new ModelPrice("gpt-4o-mini-2024-07-18", 150_000, 600_000);
    static final ModelPrice CLAUDE_SONNET = new ModelPrice("claude-3-5-sonnet-20241022", 3_000_000, 15_000_000);
    static final ModelPrice CLAUDE_HAIKU = new ModelPrice("claude-3-haiku-20240307", 250_000, 1_250_000);
    static final ModelPrice GEMINI_PRO = new ModelPrice("gemini-1.5-pro-002", 1_250_000, 5_000_000);

    /** Cost of one call in micro-dollars, rounded half up. */
    long costMicros(long inputTokens, long outputTokens) {
        return (inputTokens * inputPerMillion + outputTokens * outputPerMillion + 500_000) / 1_000_000;
    }
}
