package io.breakerboard.ui.engine;

import io.breakerboard.engine.reliability.BreakerCommand;

/** The manual breaker controls as buttons: their order, labels and what they do, in words. */
final class BreakerCommands {
    private BreakerCommands() {
    }

    static String label(BreakerCommand c) {
        return switch (c) {
            case FORCE_OPEN -> "Force open";
            case CLOSE -> "Close";
            case HALF_OPEN -> "Half-open";
            case DISABLE -> "Disable";
            case METRICS_ONLY -> "Metrics only";
            case RESET -> "Reset";
        };
    }

    static String explanation(BreakerCommand c) {
        return switch (c) {
            case FORCE_OPEN -> "Refuse every call until closed by hand";
            case CLOSE -> "Back to normal operation, counts cleared";
            case HALF_OPEN -> "Let trial calls through now instead of waiting out the open state";
            case DISABLE -> "Let every call through and record nothing";
            case METRICS_ONLY -> "Let every call through but keep measuring; never opens";
            case RESET -> "Clear the counts and close";
        };
    }

    /** What the status line says once the breaker took the command. */
    static String done(String breaker, BreakerCommand c) {
        return switch (c) {
            case FORCE_OPEN -> breaker + " forced open: every call is refused until you close it";
            case CLOSE -> breaker + " closed";
            case HALF_OPEN -> breaker + " half-open: trial calls decide whether it closes";
            case DISABLE -> breaker + " disabled: calls pass unmeasured";
            case METRICS_ONLY -> breaker + " measures only: calls pass, rates stay visible";
            case RESET -> breaker + " reset: counts cleared, closed";
        };
    }
}
