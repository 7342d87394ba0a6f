package io.breakerboard.chaos;

import java.util.Objects;

/**
 * One line of an experiment report: what was done or checked, what was expected, what happened, and what to
 * change when they differ.
 *
 * @param phase    where in the run
 * @param action   what was done or checked ("Success rate of sre-triage")
 * @param expected the tolerance ("≥ 90 %")
 * @param actual   the measured result with its basis ("92.3 % (48 of 52)")
 * @param deviated true when the actual result is outside the tolerance
 * @param fix      what to change when deviated; empty otherwise
 */
public record ReportRow(ReportPhase phase, String action, String expected, String actual, boolean deviated, String fix) {
    public ReportRow {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(action, "action");
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        fix = fix == null ? "" : fix;
    }
}
