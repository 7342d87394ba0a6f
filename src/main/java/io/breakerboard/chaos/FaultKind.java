package io.breakerboard.chaos;

import java.util.Arrays;
import java.util.Locale;

/**
 * The faults the injector can put between the engine and its tools and models. Each reaches tool calls, model
 * calls or both, and has a share of calls it hits by default.
 */
public enum FaultKind {
    TOOL_DOWN("tool-down", "Tool down", "Every call to the tool fails at once: connection refused", true, false, 100),
    LATENCY("latency", "Added latency", "Calls answer later by a fixed delay plus or minus a jitter", true, true, 100),
    HANG("hang", "Hang until timeout", "Calls never answer; the time limit ends them as timeouts", true, true, 100),
    ERROR_RATE("error-rate", "Error rate", "A share of calls answers 500 Internal Server Error", true, true, 25),
    MALFORMED("malformed", "Malformed response", "Answers arrive but do not match their schema", true, true, 30),
    PERMISSION_DENIED("permission-denied", "Permission denied", "Calls are refused with 403 Forbidden", true, true, 100),
    RATE_LIMITED("rate-limited", "Rate limited", "Calls answer 429 Too Many Requests with a retry-after", true, true, 50),
    TOKEN_SPIKE("token-spike", "Token / cost spike", "Model calls use a multiple of their tokens and cost", false, true, 100),
    MODEL_OUTAGE("model-outage", "Model outage", "The model answers 503 Service Unavailable to every call", false, true, 100);

    private final String id;
    private final String label;
    private final String description;
    private final boolean tools;
    private final boolean models;
    private final int defaultPercent;

    FaultKind(String id, String label, String description, boolean tools, boolean models, int defaultPercent) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.tools = tools;
        this.models = models;
        this.defaultPercent = defaultPercent;
    }

    /** Lower-case id used in experiment files, e.g. {@code tool-down}. */
    public String id() {
        return id;
    }

    /** Name for people, e.g. "Tool down". */
    public String label() {
        return label;
    }

    /** One sentence on what the fault does. */
    public String description() {
        return description;
    }

    /** True when the fault can hit tool calls. */
    public boolean reachesTools() {
        return tools;
    }

    /** True when the fault can hit model calls. */
    public boolean reachesModels() {
        return models;
    }

    /** The share of matching calls hit when nothing else is said, in percent. */
    public int defaultPercent() {
        return defaultPercent;
    }

    /** True when the fault makes calls fail (rather than slower or dearer). */
    public boolean fails() {
        return this != LATENCY && this != TOKEN_SPIKE;
    }

    /** @throws IllegalArgumentException naming the id and the known ones */
    public static FaultKind parse(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (FaultKind k : values()) {
            if (k.id.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + id + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(FaultKind::id).toList()));
    }
}
