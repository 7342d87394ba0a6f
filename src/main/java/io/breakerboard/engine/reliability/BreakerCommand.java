package io.breakerboard.engine.reliability;

import java.util.EnumSet;
import java.util.Set;

/** Manual controls of a circuit breaker, as buttons on the live panel. */
public enum BreakerCommand {
    /** Refuse every call until closed by hand. */
    FORCE_OPEN,
    /** Back to normal operation, counts cleared. */
    CLOSE,
    /** Let trial calls through now instead of waiting out the open state. */
    HALF_OPEN,
    /** Let every call through and record nothing. */
    DISABLE,
    /** Let every call through but keep measuring: rates are visible, the breaker never opens. */
    METRICS_ONLY,
    /** Clear the counts and close. */
    RESET;

    /** The commands legal in {@code state}; the others are refused. */
    public static Set<BreakerCommand> allowedIn(BreakerState state) {
        Set<BreakerCommand> all = EnumSet.allOf(BreakerCommand.class);
        if (state == BreakerState.CLOSED || state == BreakerState.METRICS_ONLY) {
            all.remove(HALF_OPEN);
        }
        return all;
    }
}
