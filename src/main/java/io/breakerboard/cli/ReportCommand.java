package io.breakerboard.cli;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.QualityStats;
import io.breakerboard.service.Components;
import io.breakerboard.service.StoredReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report}: success rate, latency percentiles and cost per agent, from the stored rollups of the range, or per
 * orchestration pattern, from the range's stored executions.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print executions, success rate, latency percentiles and cost per agent (or per pattern), and"
                + " for ALL.")
final class ReportCommand implements Callable<Integer> {
    enum Format { table, csv }

    /** What a row of the report is. */
    enum By { agent, pattern }

    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private FilterOptions filterOptions;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "Output: an aligned table for people or CSV for scripts (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--by", paramLabel = "agent|pattern", defaultValue = "agent",
            description = "One row per agent or per orchestration pattern (default: ${DEFAULT-VALUE}). By pattern reads"
                    + " every execution of the range, as the saved rollups are per agent.")
    private By by;
    @Option(names = "--quality", description = "Print the quality row instead: average score, tool success, revision,"
            + " root-cause-found, human review and memory recall rates per agent and for ALL.")
    private boolean quality;

    @Spec
    private CommandSpec spec;

    ReportCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        MetricsFilter filter = filterOptions.filter(components.clock());
        if (quality) {
            return printQuality(filter);
        }
        DashboardSnapshot snapshot = by == By.pattern
                ? StoredReport.byPattern(dataDir.location(), components, filter)
                : StoredReport.snapshot(dataDir.location(), components, filter);
        List<AgentStats> rows = new ArrayList<>(snapshot.agents());
        rows.add(snapshot.total());
        PrintWriter out = spec.commandLine().getOut();
        ReportRows report = new ReportRows(by.name(), rows, components.textRedaction());
        if (format == Format.csv) {
            report.printCsv(out);
        } else {
            report.printTable(out);
        }
        out.flush();
        return 0;
    }

    private int printQuality(MetricsFilter filter) {
        QualityReport q = StoredReport.quality(dataDir.location(), components, filter);
        List<QualityStats> rows = new ArrayList<>(q.agents());
        rows.add(q.total());
        PrintWriter out = spec.commandLine().getOut();
        QualityRows report = new QualityRows(rows, components.textRedaction());
        if (format == Format.csv) {
            report.printCsv(out);
        } else {
            report.printTable(out);
        }
        out.flush();
        return 0;
    }
}
