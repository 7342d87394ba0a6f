package io.breakerboard.lab;

import io.breakerboard.engine.llm.ModelCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Optimisations to try, parsed from {@code model=swift-mini,cache=on}.
 *
 * @param model the model tier for the agent's own steps (planners and voters keep theirs); null for no change
 * @param cache true to let tool results be served from the result cache; null for no change
 */
public record CostChange(String model, Boolean cache) {

    public CostChange {
        if (model != null) {
            ModelCatalog.get(model);
        }
        if (model == null && cache == null) {
            throw new IllegalArgumentException("name at least one change: model=<tier> or cache=on|off");
        }
    }

    /**
     * @throws IllegalArgumentException naming the part it cannot read, and what it can: {@code model=swift-mini}
     *                                  and {@code cache=on|off} (context summaries and skipped steps are not simulated)
     */
    public static CostChange parse(String text) {
        String model = null;
        Boolean cache = null;
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=", 2);
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            String value = kv.length == 2 ? kv[1].strip() : "";
            switch (key) {
                case "model" -> model = value;
                case "cache" -> cache = switch (value.toLowerCase(Locale.ROOT)) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("cache=" + value + ": use cache=on or cache=off");
                };
                default -> throw new IllegalArgumentException("unknown change '" + part.strip()
                        + "'; known: model=<" + String.join("|", BenchmarkSettings.models()) + ">, cache=on|off");
            }
        }
        return new CostChange(model, cache);
    }

    /** The change in words: {@code model=swift-mini, cache=on}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (model != null) {
            parts.add("model=" + model);
        }
        if (cache != null) {
            parts.add("cache=" + (cache ? "on" : "off"));
        }
        return String.join(", ", parts);
    }
}
