package io.breakerboard.service;

import io.breakerboard.export.AlertColumns;
import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.export.ScoreColumns;
import io.breakerboard.job.Job;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.store.ExecutionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/** CSV files written on the workspace's job threads: executions from the store, summaries and alerts as shown. */
final class LocalExports implements Exports {
    private final CsvExporter exporter;
    private final ExecutionStore executions;
    private final Dashboards dashboards;
    private final Alerting alerting;
    private final BackgroundJobs jobs;

    LocalExports(CsvExporter exporter, ExecutionStore executions, Dashboards dashboards, Alerting alerting,
                 BackgroundJobs jobs) {
        this.exporter = exporter;
        this.executions = executions;
        this.dashboards = dashboards;
        this.alerting = alerting;
        this.jobs = jobs;
    }

    @Override
    public Job<Long> export(ExportKind kind, MetricsFilter filter, Path target, LongConsumer rowsWritten) {
        AtomicBoolean cancel = jobs.started();
        ExportControl control = new ExportControl(rowsWritten, cancel::get);
        CompletableFuture<Long> result = CompletableFuture.supplyAsync(() -> {
            try {
                return switch (kind) {
                    case EXECUTIONS -> exporter.writeExecutions(executions.scan(filter, false), target, control);
                    case FAILURES -> exporter.writeFailures(executions.scan(filter, true), target, control);
                    case AGENT_SUMMARY -> {
                        DashboardSnapshot s = dashboards.snapshot(filter);
                        List<AgentStats> rows = new ArrayList<>(s.agents());
                        rows.add(s.total());
                        yield exporter.writeAgentSummary(rows, target, control);
                    }
                    case ALERTS -> exporter.writeTable(AlertColumns.all(), alerting.alerts(), target, control);
                    case SCORES -> exporter.writeTable(ScoreColumns.all(),
                            ScoreColumns.rows(executions.scan(filter, false)), target, control);
                };
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage()
                        + ". Choose a folder you can write to.", e);
            } finally {
                jobs.finished(cancel);
            }
        }, jobs.threads());
        return new Job<>("Exporting " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " to " + target.getFileName(), result, () -> cancel.set(true));
    }
}
