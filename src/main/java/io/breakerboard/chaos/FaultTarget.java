package io.breakerboard.chaos;

import java.util.Locale;
import java.util.Objects;

/**
 * The calls a fault is aimed at. Written {@code all}, {@code tool:get_pod_logs}, {@code agent:sre-triage} or
 * {@code model:atlas-pro} in experiment files.
 *
 * @param scope every call, or one tool, agent or model
 * @param name  the tool, agent or model; null for {@link FaultScope#ALL}
 */
public record FaultTarget(FaultScope scope, String name) {
    public static final FaultTarget ALL = new FaultTarget(FaultScope.ALL, null);

    public FaultTarget {
        Objects.requireNonNull(scope, "scope");
        if (scope == FaultScope.ALL) {
            name = null;
        } else if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + scope.name().toLowerCase(Locale.ROOT)
                    + " target needs a name, e.g. " + example(scope));
        } else {
            name = name.trim();
        }
    }

    public static FaultTarget tool(String name) {
        return new FaultTarget(FaultScope.TOOL, name);
    }

    public static FaultTarget agent(String name) {
        return new FaultTarget(FaultScope.AGENT, name);
    }

    public static FaultTarget model(String name) {
        return new FaultTarget(FaultScope.MODEL, name);
    }

    /**
     * Reads {@code all} or {@code scope:name}.
     *
     * @throws IllegalArgumentException saying what is wrong and what a target looks like
     */
    public static FaultTarget parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("all")) {
            return ALL;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("target '" + text + "' is not all, tool:NAME, agent:NAME or model:NAME");
        }
        String scope = t.substring(0, colon).trim().toUpperCase(Locale.ROOT);
        if (!scope.equals("TOOL") && !scope.equals("AGENT") && !scope.equals("MODEL")) {
            throw new IllegalArgumentException("target '" + text + "' has scope '" + t.substring(0, colon)
                    + "'; use tool, agent or model");
        }
        return new FaultTarget(FaultScope.valueOf(scope), t.substring(colon + 1));
    }

    /** The written form: {@code all} or {@code tool:get_pod_logs}. */
    @Override
    public String toString() {
        return scope == FaultScope.ALL ? "all" : scope.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    /** For people: "all calls", "tool get_pod_logs". */
    public String label() {
        return scope == FaultScope.ALL ? "all calls" : scope.name().toLowerCase(Locale.ROOT) + " " + name;
    }

    private static String example(FaultScope scope) {
        return switch (scope) {
            case TOOL -> "tool:get_pod_logs";
            case AGENT -> "agent:sre-triage";
            default -> "model:atlas-pro";
        };
    }
}
