package io.breakerboard.lab;

import java.util.Locale;

/**
 * The metrics of the lab's tables, with their units. Counts by failure kind are metrics too: their key is
 * {@code failures:<KIND>} ({@link #failures}), shown as a count.
 */
public enum LabMetric {
    TASKS("tasks", Unit.COUNT),
    SUCCESS("success vs truth", Unit.PERCENT),
    COST("cost / task", Unit.DOLLARS),
    MODEL_COST("model cost / task", Unit.DOLLARS),
    P50_LATENCY("P50 latency", Unit.SECONDS),
    P95_LATENCY("P95 latency", Unit.SECONDS),
    TOKENS("tokens / task", Unit.NUMBER),
    TOOL_CALLS("tool calls / task", Unit.NUMBER),
    RETRIES("retries / task", Unit.NUMBER),
    DURATION("duration / execution", Unit.SECONDS),
    TOOL_COST("tool fees / task", Unit.DOLLARS),
    QUALITY("quality: right vs truth", Unit.PERCENT),
    COMPLETED("executions succeeded", Unit.PERCENT),
    MONTHLY_COST("projected / month", Unit.DOLLARS),
    EXECUTIONS("executions", Unit.COUNT),
    TOTAL_COST("total cost", Unit.DOLLARS),
    AVG_COST("avg / execution", Unit.DOLLARS),
    MIN_COST("min / execution", Unit.DOLLARS),
    MAX_COST("max / execution", Unit.DOLLARS),
    BREAKER_OPENINGS("breaker openings", Unit.COUNT),
    SAVED("saved", Unit.COUNT),
    LOST("lost", Unit.COUNT);

    /** How a metric's values are shown. Money is in dollars here (the lab divides micro-dollars once). */
    public enum Unit { COUNT, NUMBER, PERCENT, DOLLARS, SECONDS }

    static final String FAILURES = "failures:";

    private final String label;
    private final Unit unit;

    LabMetric(String label, Unit unit) {
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The key of the count of failures of one kind (an error kind, or {@code WRONG_ANSWER}). */
    public static String failures(String kind) {
        return FAILURES + kind;
    }

    /** A metric key's label for a table header. */
    public static String labelOf(String key) {
        if (key.startsWith(FAILURES)) {
            return "failed: " + key.substring(FAILURES.length()).toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return of(key).label();
    }

    /** A metric key's unit. */
    public static Unit unitOf(String key) {
        return key.startsWith(FAILURES) ? Unit.COUNT : of(key).unit();
    }

    private static LabMetric of(String key) {
        for (LabMetric m : values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown lab metric '" + key + "'");
    }

    /** A value in its unit, for tables: 83.3 %, $0.0123, 4.21 s. */
    public static String format(String key, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return switch (unitOf(key)) {
            case COUNT -> String.format(Locale.ROOT, "%.0f", v);
            case NUMBER -> String.format(Locale.ROOT, "%.2f", v);
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", v * 100);
            case DOLLARS -> (v < 0 ? "-" : "") + String.format(Locale.ROOT, Math.abs(v) >= 100 ? "$%.2f" : "$%.4f",
                    Math.abs(v));
            case SECONDS -> String.format(Locale.ROOT, "%.2f s", v);
        };
    }

    /** A value and its interval: {@code 83.3 % [76.1 % – 88.7 %]}. */
    public static String format(String key, Interval v) {
        String s = format(key, v.value());
        return v.hasRange() ? s + " [" + format(key, v.low()) + " – " + format(key, v.high()) + "]" : s;
    }
}
