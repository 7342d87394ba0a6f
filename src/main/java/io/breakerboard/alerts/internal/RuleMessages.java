package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleKind;
import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.model.Units;

/** The one-line messages of rule alerts. */
public final class RuleMessages {
    private RuleMessages() {
    }

    /** What is wrong: the value, where it was measured, and the threshold it crossed. */
    public static String breaching(RuleKind kind, String subject, double value, RuleSettings s) {
        String side = kind.firesAbove() ? ", above " : ", below ";
        return switch (kind) {
            case BREAKER_OPEN -> "Circuit breaker '" + subject + "' not closed for " + kind.format(value) + side
                    + kind.format(s.threshold());
            case NO_DATA -> "No new executions for " + kind.format(value) + side + kind.format(s.threshold());
            default -> label(kind, subject) + " " + kind.format(value) + " over the last " + Units.setting(s.window())
                    + side + kind.format(s.threshold());
        };
    }

    /** That it is over, with the value that ended it. */
    public static String recovered(RuleKind kind, String subject, double value, RuleSettings s) {
        return switch (kind) {
            case BREAKER_OPEN -> "Circuit breaker '" + subject + "' closed again";
            case NO_DATA -> "New executions are arriving again";
            default -> label(kind, subject) + " back to " + kind.format(value) + " over the last "
                    + Units.setting(s.window()) + (kind.firesAbove() ? ", below " : ", above ") + kind.format(s.recovery());
        };
    }

    /** That it is over because it can no longer be judged. */
    public static String unmeasured(RuleKind kind, String subject, String reason) {
        String what = switch (kind) {
            case BREAKER_OPEN -> "Circuit breaker '" + subject + "'";
            case NO_DATA -> "No-data check";
            default -> label(kind, subject);
        };
        return what + " no longer judged: " + reason;
    }

    private static String label(RuleKind kind, String subject) {
        return switch (kind) {
            case ERROR_RATE -> "Error rate";
            case SUCCESS_RATE -> "Success rate";
            case COST_PER_DAY -> "Spend per day";
            case P95_DURATION -> "P95 duration of agent '" + subject + "'";
            case BREAKER_OPEN -> "Circuit breaker '" + subject + "'";
            case NO_DATA -> "Minutes without new executions";
            case TOOL_SUCCESS_RATE -> "Tool success rate of agent '" + subject + "'";
            case ROOT_CAUSE_RATE -> "Root-cause-found rate of agent '" + subject + "'";
        };
    }
}
