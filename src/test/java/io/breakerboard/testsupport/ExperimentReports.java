package io.breakerboard.testsupport;

import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportPhase;
import io.breakerboard.chaos.ReportRow;
import java.time.Instant;
import java.util.List;

/** An experiment report of three rows, one of them deviated, for the tests that store or export one. */
public final class ExperimentReports {
    private ExperimentReports() {
    }

    public static ExperimentReport sample(String id, Instant start, ExperimentStatus status) {
        return new ExperimentReport(id, "Kill a tool mid-execution", 7, status, start, start.plusSeconds(780),
                "The hypothesis held: all 4 probes stayed within tolerance under the faults.", List.of(
                new ReportRow(ReportPhase.BEFORE, "Success rate of all agents", "≥ 60 %", "87.3 % (62 of 71)", false, ""),
                new ReportRow(ReportPhase.AFTER, "Success rate | of all", "≥ 60 %", "12 % (3 of 25)", true,
                        "Give the tools an alternative"),
                new ReportRow(ReportPhase.ROLLBACK, "Remove the experiment's faults", "none left", "1 removed", false, "")));
    }
}
