package io.breakerboard.chaos;

import io.breakerboard.model.Units;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an experiment does: traffic for a while, with faults.
 *
 * @param workload the traffic
 * @param duration how long new executions arrive; running ones finish afterwards
 * @param faults   the faults, each with its start in the method; at least one
 */
public record ExperimentMethod(WorkloadSpec workload, Duration duration, List<ScheduledFault> faults) {
    public static final Duration MAX_DURATION = Duration.ofDays(1);

    public ExperimentMethod {
        Objects.requireNonNull(workload, "workload");
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be positive and at most 1 day, got " + duration);
        }
        faults = List.copyOf(faults);
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("faults must name at least one fault: a method without one tests nothing");
        }
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).at().compareTo(duration) >= 0) {
                throw new IllegalArgumentException("faults[" + i + "] starts at " + Units.span(faults.get(i).at())
                        + ", after the method's " + Units.span(duration) + " are over");
            }
        }
    }
}
