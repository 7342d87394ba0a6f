package io.breakerboard.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.model.Redactor;
import io.breakerboard.testsupport.ExperimentReports;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportExportTest {
    private static final ExperimentReport REPORT = ExperimentReports.sample("run-1",
            Instant.parse("2026-03-02T09:00:00Z"), ExperimentStatus.DEVIATED);

    @Test
    void csvHasOneRowPerReportRowInTheActionExpectedActualFixForm() throws Exception {
        StringWriter out = new StringWriter();
        long rows = new CsvExporter().writeTable(ReportColumns.all(), REPORT.rows(), out, ExportControl.NONE);

        assertThat(rows).isEqualTo(3);
        assertThat(out.toString().split("\r\n")).containsExactly(
                "phase,action,expected,actual,deviated,fix_needed",
                "Before,Success rate of all agents,≥ 60 %,87.3 % (62 of 71),no,",
                "After,Success rate | of all,≥ 60 %,12 % (3 of 25),yes,Give the tools an alternative",
                "Rollback,Remove the experiment's faults,none left,1 removed,no,");
    }

    @Test
    void csvCellsAreRedactedAndGuardedAgainstFormulas() throws Exception {
        ExperimentReport risky = new ExperimentReport("run-2", "x", 1, ExperimentStatus.FAILED, REPORT.startedAt(),
                REPORT.endedAt(), "", List.of(new ReportRow(ReportPhase.ROLLBACK, "=HYPERLINK(\"x\")", "",
                "stopped by an error: key sk-abcdefghijklmnop1234 refused", true, "")));
        StringWriter out = new StringWriter();
        new CsvExporter().writeTable(ReportColumns.all(), risky.rows(), out, ExportControl.NONE);

        assertThat(out.toString()).doesNotContain("sk-abcdefghijklmnop1234").doesNotContain(",=HYPERLINK");
    }

    @Test
    void markdownShowsTheVerdictAndATableWithDeviationsMarked() {
        String md = new MarkdownReport(Redactor.DEFAULT::redact).render(REPORT);

        assertThat(md).startsWith("# Experiment report: Kill a tool mid-execution\n");
        assertThat(md).contains("- **Status:** Deviated\n").contains("- **Deviations:** 1\n").contains("- **Seed:** 7\n");
        assertThat(md).contains("| Phase | Action | Expected | Actual | Fix needed |\n|---|---|---|---|---|\n");
        assertThat(md).contains("| Before | Success rate of all agents | ≥ 60 % | 87.3 % (62 of 71) |  |\n");
        assertThat(md).contains("| After | Success rate \\| of all | ≥ 60 % | **Deviated:** 12 % (3 of 25) | Give the tools an alternative |\n");
    }
}
