package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.FaultTarget;
import java.time.Duration;

/**
 * The window's {@code --fault KIND@TARGET[,MINUTES]}: a fault injected as the window opens, e.g.
 * {@code --fault tool-down@tool:get_pod_logs,10} or {@code --fault model-outage@model:atlas-pro}. The share of calls
 * and the intensity are the kind's defaults, as on the chaos panel; without minutes it lasts {@link #DEFAULT_MINUTES}.
 */
public final class FaultOption {
    public static final long DEFAULT_MINUTES = 10;

    private FaultOption() {
    }

    /** @throws IllegalArgumentException naming the option, what is wrong and an example */
    public static FaultSpec parse(String value) {
        String v = value.strip();
        int at = v.indexOf('@');
        if (at < 0) {
            throw wrong(value, "it has no @TARGET");
        }
        int comma = v.indexOf(',', at);
        String target = comma < 0 ? v.substring(at + 1) : v.substring(at + 1, comma);
        long minutes = DEFAULT_MINUTES;
        if (comma >= 0) {
            try {
                minutes = Long.parseLong(v.substring(comma + 1).strip());
            } catch (NumberFormatException e) {
                throw wrong(value, "'" + v.substring(comma + 1) + "' is not a whole number of minutes");
            }
        }
        try {
            return FaultSpec.of(FaultKind.parse(v.substring(0, at).strip()), FaultTarget.parse(target),
                    Duration.ofMinutes(minutes));
        } catch (IllegalArgumentException e) {
            throw wrong(value, e.getMessage());
        }
    }

    private static IllegalArgumentException wrong(String value, String why) {
        return new IllegalArgumentException("--fault '" + value + "': " + why + "; write KIND@TARGET[,MINUTES], e.g."
                + " --fault tool-down@tool:get_pod_logs,10");
    }
}
