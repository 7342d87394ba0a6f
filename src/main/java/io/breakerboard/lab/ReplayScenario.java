package io.breakerboard.lab;

import io.breakerboard.engine.reliability.BreakerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a replay changes about recorded traffic. Every part left null (or false) is "as recorded": the recorded
 * attempts are played back as they were, with no time limit, no breaker and no cache of the replay's own, so a
 * scenario with no change reproduces what happened.
 *
 * @param fault        a chaos fault over the whole replay; null for none
 * @param attempts     attempts per call, the first included, by the engine's retry with its backoff; null to make
 *                     exactly the recorded attempts at their recorded spacing
 * @param toolTimeout  time limit of one tool attempt; null for none
 * @param breaker      circuit breaker of every tool and model; null for none
 * @param budgetMicros the most one execution may spend; null for no limit
 * @param cache        true to serve repeated tool calls from a result cache (and stale results as a fallback)
 * @param seed         seed of every random draw (fault hits, backoff jitter)
 */
public record ReplayScenario(ReplayFault fault, Integer attempts, Duration toolTimeout, BreakerSettings breaker,
                             Long budgetMicros, boolean cache, long seed) {
    /** How long a cached tool result stays fresh, as in the cost experiment. */
    public static final Duration CACHE_TTL = CostExperiment.CACHE;

    public ReplayScenario {
        if (attempts != null && (attempts < 1 || attempts > 10)) {
            throw new IllegalArgumentException("attempts must be in 1..10, got " + attempts);
        }
        if (toolTimeout != null && (toolTimeout.isNegative() || toolTimeout.isZero())) {
            throw new IllegalArgumentException("the tool time limit must be positive, got " + toolTimeout);
        }
        if (budgetMicros != null && budgetMicros < 0) {
            throw new IllegalArgumentException("the budget cannot be negative, got " + budgetMicros);
        }
    }

    /**
     * A scenario from its written parts, as the command line and the window take them; a blank part is "as
     * recorded".
     *
     * @param fault     {@code KIND=NAME[@PERCENT]}, see {@link ReplayFault#parse}
     * @param attempts  attempts per call, or null
     * @param timeout   tool time limit such as {@code 5s}
     * @param breaker   {@code RATE/WINDOW/WAIT} or {@code engine}, see {@link #parseBreaker}
     * @param budgetUsd the most one execution may spend, in dollars ({@code 0.05})
     * @throws IllegalArgumentException naming the part it cannot read
     */
    public static ReplayScenario parse(long seed, String fault, Integer attempts, String timeout, String breaker,
                                       String budgetUsd, boolean cache) {
        ReplayScenario s = asRecorded(seed).withAttempts(attempts).withCache(cache);
        if (!blank(fault)) {
            s = s.withFault(ReplayFault.parse(fault));
        }
        if (!blank(timeout)) {
            s = s.withToolTimeout(parseDuration(timeout));
        }
        if (!blank(breaker)) {
            s = s.withBreaker(parseBreaker(breaker));
        }
        if (!blank(budgetUsd)) {
            try {
                s = s.withBudget(new java.math.BigDecimal(budgetUsd.strip().replace("$", "")).movePointRight(6)
                        .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("budget '" + budgetUsd + "' is not an amount in dollars such as 0.05", e);
            }
        }
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Nothing changed: the recording played back. */
    public static ReplayScenario asRecorded(long seed) {
        return new ReplayScenario(null, null, null, null, null, false, seed);
    }

    public ReplayScenario withFault(ReplayFault f) {
        return new ReplayScenario(f, attempts, toolTimeout, breaker, budgetMicros, cache, seed);
    }

    public ReplayScenario withAttempts(Integer n) {
        return new ReplayScenario(fault, n, toolTimeout, breaker, budgetMicros, cache, seed);
    }

    public ReplayScenario withToolTimeout(Duration d) {
        return new ReplayScenario(fault, attempts, d, breaker, budgetMicros, cache, seed);
    }

    public ReplayScenario withBreaker(BreakerSettings b) {
        return new ReplayScenario(fault, attempts, toolTimeout, b, budgetMicros, cache, seed);
    }

    public ReplayScenario withBudget(Long micros) {
        return new ReplayScenario(fault, attempts, toolTimeout, breaker, micros, cache, seed);
    }

    public ReplayScenario withCache(boolean on) {
        return new ReplayScenario(fault, attempts, toolTimeout, breaker, budgetMicros, on, seed);
    }

    /** True when nothing differs from the recording. */
    public boolean unchanged() {
        return fault == null && attempts == null && toolTimeout == null && breaker == null && budgetMicros == null
                && !cache;
    }

    /**
     * A breaker written {@code RATE/WINDOW/WAIT}: open at RATE % failures over the last WINDOW calls, for WAIT
     * ({@code 50/10/30s}); {@code engine} for the engine's own tool breaker.
     */
    public static BreakerSettings parseBreaker(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("engine")) {
            return BreakerSettings.defaults(Duration.ofSeconds(3));
        }
        String[] p = t.split("/");
        if (p.length != 3) {
            throw new IllegalArgumentException("breaker '" + text + "' is not RATE/WINDOW/WAIT (e.g. 50/10/30s) or engine");
        }
        try {
            int window = Integer.parseInt(p[1].strip());
            return new BreakerSettings(Float.parseFloat(p[0].replace("%", "").strip()), 100, NEVER, window, window,
                    seconds(p[2]), 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("breaker '" + text + "': RATE and WINDOW are numbers, WAIT like 30s", e);
        }
    }

    static final Duration NEVER = Duration.ofDays(3650);

    private static Duration seconds(String text) {
        String t = text.strip();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
        }
        if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(t.strip()) * 1000));
    }

    /** A duration written {@code 5s}, {@code 800ms} or {@code 2.5}. */
    public static Duration parseDuration(String text) {
        try {
            return seconds(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 5s or 800ms", e);
        }
    }

    /** The changes in words, or "no change". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (fault != null) {
            parts.add("fault " + fault.describe());
        }
        if (attempts != null) {
            parts.add(attempts + " attempts per call");
        }
        if (toolTimeout != null) {
            parts.add("tool time limit " + toolTimeout.toMillis() + " ms");
        }
        if (breaker != null) {
            parts.add("breaker " + Math.round(breaker.failureRateThreshold()) + " % of " + breaker.slidingWindowSize()
                    + " calls, open " + breaker.waitInOpenState().toSeconds() + " s");
        }
        if (budgetMicros != null) {
            parts.add("budget " + LabMetric.format(LabMetric.AVG_COST.key(), budgetMicros / 1e6) + " per execution");
        }
        if (cache) {
            parts.add("tool-result cache on");
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }
}
