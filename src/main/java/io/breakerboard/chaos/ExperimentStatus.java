package io.breakerboard.chaos;

/** How an experiment run ended. */
public enum ExperimentStatus {
    /** Every probe held before and after the faults. */
    PASSED("Passed"),
    /** The steady state held before, but some probe deviated under the faults. */
    DEVIATED("Deviated"),
    /** A guard stopped the method early. */
    ABORTED("Aborted by a guard"),
    /** The steady state did not hold before the method, so no fault was injected. */
    NOT_STEADY("Not steady before"),
    /** Stopped by a person. */
    CANCELLED("Cancelled"),
    /** Could not run to the end: the report says why. */
    FAILED("Failed");

    private final String label;

    ExperimentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
