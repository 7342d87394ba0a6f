package io.breakerboard.ui.testing;

import io.breakerboard.job.Job;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Money;
import io.breakerboard.service.Alerting;
import io.breakerboard.service.Dashboards;
import io.breakerboard.service.ExportKind;
import io.breakerboard.service.Exports;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/** Writes a few columns of each kind as CSV, from a {@link FakeData} and the dashboards and alerts given. */
public final class FakeExports implements Exports {
    private final FakeData data;
    private final Dashboards dashboards;
    private final Alerting alerting;
    private final Executor jobs;

    /** Exports run on {@code jobs}: a thread pool in window tests, {@code Runnable::run} in view-model tests. */
    public FakeExports(FakeData data, Dashboards dashboards, Alerting alerting, Executor jobs) {
        this.data = data;
        this.dashboards = dashboards;
        this.alerting = alerting;
        this.jobs = jobs;
    }

    @Override
    public Job<Long> export(ExportKind kind, MetricsFilter filter, Path target, LongConsumer rowsWritten) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<Long> result = new CompletableFuture<>();
        jobs.execute(() -> {
            try {
                result.complete(writeCsv(kind, filter, target, rowsWritten, cancelled));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return new Job<>("Exporting " + kind, result, () -> cancelled.set(true));
    }

    private long writeCsv(ExportKind kind, MetricsFilter filter, Path target, LongConsumer rowsWritten, AtomicBoolean cancelled) {
        List<String> rows = switch (kind) {
            case EXECUTIONS, FAILURES -> FakeQueries.listed(data, filter, kind == ExportKind.FAILURES, Integer.MAX_VALUE).stream()
                    .map(e -> String.join(",", e.key(), e.agent(), e.startedAt().toString(), e.outcome().name(),
                            Long.toString(e.duration().toMillis()), Money.toUsd(e.costMicros()).toPlainString()))
                    .toList();
            case AGENT_SUMMARY -> {
                DashboardSnapshot s = dashboards.snapshot(filter);
                List<AgentStats> all = new ArrayList<>(s.agents());
                all.add(s.total());
                yield all.stream().map(a -> a.agent() + "," + a.executions() + "," + a.successRate()).toList();
            }
            case ALERTS -> alerting.alerts().stream().map(a -> a.id() + "," + a.rule() + "," + a.state()).toList();
            case SCORES -> FakeQueries.listed(data, filter, false, Integer.MAX_VALUE).stream()
                    .flatMap(e -> e.scores().stream().map(s -> e.key() + "," + s.name() + "," + s.value())).toList();
        };
        String header = switch (kind) {
            case EXECUTIONS, FAILURES -> "key,agent,started_at,outcome,duration_ms,cost_usd";
            case AGENT_SUMMARY -> "agent,executions,success_rate";
            case ALERTS -> "id,rule,state";
            case SCORES -> "key,name,value";
        };
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write("\r\n");
            long n = 0;
            for (String row : rows) {
                if (cancelled.get()) {
                    throw new CancellationException("export cancelled");
                }
                out.write(row);
                out.write("\r\n");
                rowsWritten.accept(++n);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
