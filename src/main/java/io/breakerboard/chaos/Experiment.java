package io.breakerboard.chaos;

import io.breakerboard.chaos.internal.Guard;
import io.breakerboard.chaos.internal.Probe;
import io.breakerboard.chaos.internal.Rollback;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chaos experiment: a steady-state hypothesis checked before and after a method that sends traffic through
 * the engine with faults, guards that stop it early, and what to roll back at the end.
 *
 * @param name        unique name, letters, digits, spaces, dots, dashes and underscores
 * @param description what it shows, one or two sentences
 * @param seed        seed of its traffic: on virtual time the same seed gives the same run
 * @param steadyState how long the traffic runs without faults to check the hypothesis before the method
 * @param hypothesis  the probes that must hold before and after the faults
 * @param method      traffic and faults
 * @param guards      limits that stop the method early
 * @param rollbacks   what is undone at the end ({@link Rollback#REMOVE_FAULTS} always is)
 */
public record Experiment(String name, String description, long seed, Duration steadyState, List<Probe> hypothesis,
                         ExperimentMethod method, List<Guard> guards, Set<Rollback> rollbacks) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}");

    public Experiment {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name '" + name + "' must be 1 to 80 letters, digits, spaces, dots, dashes"
                    + " or underscores, starting with a letter or digit");
        }
        description = description == null ? "" : description.strip();
        if (description.length() > 1000) {
            throw new IllegalArgumentException("description must be at most 1000 characters, got " + description.length());
        }
        if (steadyState == null || steadyState.isNegative() || steadyState.isZero()
                || steadyState.compareTo(ExperimentMethod.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("steadyState must be positive and at most 1 day, got " + steadyState);
        }
        hypothesis = List.copyOf(hypothesis);
        if (hypothesis.isEmpty()) {
            throw new IllegalArgumentException("hypothesis must list at least one probe: without one nothing is judged");
        }
        Objects.requireNonNull(method, "method");
        guards = guards == null ? List.of() : List.copyOf(guards);
        Set<Rollback> r = EnumSet.of(Rollback.REMOVE_FAULTS);
        if (rollbacks != null) {
            r.addAll(rollbacks);
        }
        rollbacks = Set.copyOf(r);
    }

    /** How long the experiment's traffic runs in all: steady state and method. */
    public Duration plannedDuration() {
        return steadyState.plus(method.duration());
    }
}
