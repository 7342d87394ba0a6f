package io.breakerboard.model;

import java.util.Locale;

/** Why an execution or step failed, normalised across log formats. */
public enum ErrorKind {
    TIMEOUT,
    RATE_LIMIT,
    TOOL_ERROR,
    PERMISSION_DENIED,
    MALFORMED_RESPONSE,
    VALIDATION,
    BUDGET_EXCEEDED,
    MAX_ITERATIONS,
    LOOP_DETECTED,
    MODEL_ERROR,
    CIRCUIT_OPEN,
    CANCELLED,
    UNKNOWN;

    /**
     * Classifies free error text (an exception name, an HTTP status line, a log message).
     * Returns {@link #UNKNOWN} for text that names no known cause, never null.
     */
    public static ErrorKind classify(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("timeout") || t.contains("timed out") || t.contains("deadline")) return TIMEOUT;
        if (t.contains("rate limit") || t.contains("rate_limit") || t.contains("ratelimit") || t.contains("429")
                || t.contains("too many requests") || t.contains("quota")) return RATE_LIMIT;
        if (t.contains("permission") || t.contains("forbidden") || t.contains("unauthori") || t.contains("denied")
                || t.contains("403") || t.contains("401")) return PERMISSION_DENIED;
        if (t.contains("malformed") || t.contains("invalid json") || t.contains("parse") || t.contains("unexpected token")
                || t.contains("schema")) return MALFORMED_RESPONSE;
        if (t.contains("validation") || t.contains("invalid argument") || t.contains("invalid_argument")) return VALIDATION;
        if (t.contains("budget") || t.contains("cost limit") || t.contains("spend")) return BUDGET_EXCEEDED;
        if (t.contains("max iteration") || t.contains("max_iteration") || t.contains("iteration limit")
                || t.contains("max steps") || t.contains("max_turns") || t.contains("max turns")) return MAX_ITERATIONS;
        if (t.contains("loop")) return LOOP_DETECTED;
        if (t.contains("circuit") || t.contains("short-circuit")) return CIRCUIT_OPEN;
        if (t.contains("cancel") || t.contains("interrupt") || t.contains("abort")) return CANCELLED;
        if (t.contains("5xx") || t.contains("500") || t.contains("502") || t.contains("503") || t.contains("overloaded")
                || t.contains("api error") || t.contains("api_error") || t.contains("model") || t.contains("unavailable"))
            return MODEL_ERROR;
        if (t.contains("tool") || t.contains("exit code") || t.contains("command failed") || t.contains("error")
                || t.contains("exception") || t.contains("fail")) return TOOL_ERROR;
        return UNKNOWN;
    }

    /** Parses a stored or exported name; unknown names map to {@link #UNKNOWN}. */
    public static ErrorKind parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return classify(name);
        }
    }
}
