package io.breakerboard.cli;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: success rate, latency percentiles and cost per agent, from the stored rollups. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print executions, success rate, latency percentiles and cost per agent, and for ALL.")
final class ReportCommand implements Callable<Integer> {
    enum Format { table, csv }

    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--since", paramLabel = "T", description = "Start, ISO-8601 or an age such as 24h, 7d (default: all).")
    private String since;

    @Option(names = "--until", paramLabel = "T", description = "End (exclusive), ISO-8601 or an age (default: now and later).")
    private String until;

    @Option(names = "--agent", paramLabel = "A", description = "Only this agent; repeat for several (default: every agent).")
    private List<String> agents = new ArrayList<>();

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "Output: an aligned table for people or CSV for scripts (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Spec
    private CommandSpec spec;

    ReportCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        MetricsFilter filter = new MetricsFilter(range(), new HashSet<>(agents));
        DashboardSnapshot snapshot;
        try (LocalWorkspace ws = LocalWorkspace.open(dataDir.dataDir(), components)) {
            snapshot = ws.snapshot(filter);
        }
        List<AgentStats> rows = new ArrayList<>(snapshot.agents());
        rows.add(snapshot.total());
        PrintWriter out = spec.commandLine().getOut();
        ReportRows report = new ReportRows(rows, components.textRedaction());
        if (format == Format.csv) {
            report.printCsv(out);
        } else {
            report.printTable(out);
        }
        out.flush();
        return 0;
    }

    private TimeRange range() {
        Instant now = components.clock().instant();
        try {
            Instant from = since == null ? TimeRange.ALL.from() : TimeArgument.parse("--since", since, now);
            Instant to = until == null ? TimeRange.ALL.to() : TimeArgument.parse("--until", until, now);
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("--until (" + to + ") must be after --since (" + from + ")");
            }
            return new TimeRange(from, to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
