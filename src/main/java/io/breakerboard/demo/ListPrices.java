package io.breakerboard.demo;

import io.breakerboard.engine.llm.Price;
import io.breakerboard.engine.llm.PriceTable;
import java.util.Map;

/**
 * The real models the demo agents call, with their list prices as published in October 2024, held in the
 * engine's {@link PriceTable} so the sample logs are priced by the same rule as the engine's own runs.
 */
final class ListPrices {
    static final String GPT_4O = "gpt-4o-2024-08-06";
    static final String GPT_4O_MINI = "gpt-4o-mini-2024-07-18";
    static final String CLAUDE_SONNET = "claude-3-5-sonnet-20241022";
    static final String CLAUDE_HAIKU = "claude-3-haiku-20240307";
    static final String GEMINI_PRO = "gemini-1.5-pro-002";

    private ListPrices() {
    }

    /** A fresh table of the five models' prices. */
    static PriceTable table() {
        return new PriceTable(Map.of(
                GPT_4O, Price.perMillionUsd(2.50, 10.00),
                GPT_4O_MINI, Price.perMillionUsd(0.15, 0.60),
                CLAUDE_SONNET, Price.perMillionUsd(3.00, 15.00),
                CLAUDE_HAIKU, Price.perMillionUsd(0.25, 1.25),
                GEMINI_PRO, Price.perMillionUsd(1.25, 5.00)));
    }
}
