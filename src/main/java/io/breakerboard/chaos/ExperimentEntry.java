package io.breakerboard.chaos;

/**
 * An experiment as listed for people.
 *
 * @param experiment the definition
 * @param builtIn    true for the classic experiments that ship with the application (they cannot be changed)
 */
public record ExperimentEntry(Experiment experiment, boolean builtIn) {
    public String name() {
        return experiment.name();
    }
}
