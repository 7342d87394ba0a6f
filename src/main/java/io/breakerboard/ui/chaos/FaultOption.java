package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.FaultTarget;
import java.time.Duration;

/**
 * The window's {@code --fault KIND@TARGET[,SECONDS]}: a fault injected as the window opens, e.g.
 * {@code --fault tool-down@tool:get_pod_logs,600} or {@code --fault model-outage@model:atlas-pro}. The share of calls
 * and the intensity are the kind's defaults, as on the chaos panel; the duration is in seconds, as on the panel's
 * rows; without one it lasts {@link #DEFAULT_SECONDS}.
 */
public final class FaultOption {
    public static final long DEFAULT_SECONDS = 600;

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
        long seconds = DEFAULT_SECONDS;
        if (comma >= 0) {
            try {
                seconds = Long.parseLong(v.substring(comma + 1).strip());
            } catch (NumberFormatException e) {
                throw wrong(value, "'" + v.substring(comma + 1) + "' is not a whole number of seconds");
            }
        }
        try {
            return FaultSpec.of(FaultKind.parse(v.substring(0, at).strip()), FaultTarget.parse(target),
                    Duration.ofSeconds(seconds));
        } catch (IllegalArgumentException e) {
            throw wrong(value, e.getMessage());
        }
    }

    private static IllegalArgumentException wrong(String value, String why) {
        return new IllegalArgumentException("--fault '" + value + "': " + why + "; write KIND@TARGET[,SECONDS], e.g."
                + " --fault tool-down@tool:get_pod_logs,600");
    }
}
