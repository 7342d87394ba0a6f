package io.breakerboard.chaos;

/** Where in the run a report row belongs. */
public enum ReportPhase {
    BEFORE("Before"),
    METHOD("Method"),
    GUARD("Guard"),
    AFTER("After"),
    ROLLBACK("Rollback");

    private final String label;

    ReportPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
