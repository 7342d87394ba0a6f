package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.job.Job;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.PipeFormat;
import io.breakerboard.testsupport.TestComponents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalWorkspaceTest {
    private static final long T = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private Path log(String name, int count, String badLine) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(PipeFormat.line(name + i, i % 2 == 0 ? "alpha" : "beta", T + i * 60_000L, 100, i % 4 == 3
                    ? Outcome.FAILURE : Outcome.SUCCESS, 20)).append('\n');
        }
        if (badLine != null) {
            sb.append(badLine).append('\n');
        }
        Path file = dir.resolve("logs").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, sb);
    }

    @Test
    void importsAndAnswersFromMetricsAndStore() throws IOException {
        Path file = log("a.log", 8, "exec|bad sk-secret");
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            List<FileSummary> summaries = ws.imports().importPaths(List.of(file), ImportListener.NONE).result().join();

            assertThat(summaries).singleElement().satisfies(s -> assertThat(s.imported()).isEqualTo(8));
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(8);
            assertThat(ws.dashboards().agents()).containsExactly("alpha", "beta");
            assertThat(ws.dashboards().dataVersion()).isPositive();
            assertThat(ws.dashboards().dataSpan()).isPresent();
            assertThat(ws.queries().executions(MetricsFilter.all(), true, 10)).extracting(Execution::key).containsExactly("a.log7", "a.log3");
            assertThat(ws.queries().execution("a.log0")).isPresent();
            assertThat(ws.imports().quarantine(file.toAbsolutePath().toString(), 10)).singleElement()
                    .satisfies(q -> assertThat(q.raw()).isEqualTo("exec|bad [REDACTED]"));
        }
    }

    // Building the formats is a third of a second of class loading in a fresh process, spent on a core the window
    // needed while it was built: they are built by the first file to import, once.
    @Test
    void theFormatsAreBuiltByTheFirstImportNotByOpening() throws IOException {
        Path file = log("a.log", 3, null);
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        Components standard = TestComponents.standard();
        Components counting = new Components(standard.metrics(), () -> {
            built.incrementAndGet();
            return standard.formats().get();
        }, standard.redaction(), standard.textRedaction(), standard.clock(), standard.tailInterval());

        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), counting)) {
            assertThat(built).as("formats built by opening").hasValue(0);

            ws.imports().importPaths(List.of(file), ImportListener.NONE).result().join();
            ws.imports().importPaths(List.of(log("b.log", 2, null)), ImportListener.NONE).result().join();

            assertThat(built).hasValue(1);
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(5);
        }
    }

    // The import command's formats are built beside the store's opening, as before the window's were made lazy.
    @Test
    void formatsBuiltAheadStartBuildingAtOnceAndAreBuiltOnce() throws Exception {
        Path file = log("a.log", 3, null);
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        Components standard = TestComponents.standard();
        Components counting = new Components(standard.metrics(), () -> {
            built.incrementAndGet();
            started.countDown();
            return standard.formats().get();
        }, standard.redaction(), standard.textRedaction(), standard.clock(), standard.tailInterval());

        Components ahead = counting.withFormatsBuiltAhead();

        assertThat(started.await(30, TimeUnit.SECONDS)).as("building before anyone asks").isTrue();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), ahead)) {
            ws.imports().importPaths(List.of(file), ImportListener.NONE).result().join();
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(3);
        }
        assertThat(built).hasValue(1);
    }

    @Test
    void reopeningRestoresTheMetricsFromSavedRollupsWithoutRereading() throws IOException {
        Path file = log("a.log", 6, null);
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.imports().importPaths(List.of(file), ImportListener.NONE).result().join();
        }
        CountingMetrics fresh = new CountingMetrics();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.with(fresh, Clock.systemUTC()))) {
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(6);
            assertThat(fresh.recorded()).isZero();
            assertThat(fresh.restored()).isPositive();
        }
    }

    @Test
    void aCancelledImportEndsCancelledAndKeepsTheFilesItFinished() throws IOException {
        log("a.log", 5, null);
        log("b.log", 5, null);
        AtomicReference<Job<List<FileSummary>>> job = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        ImportListener cancelAfterFirstFile = new ImportListener() {
            @Override
            public void fileFinished(FileSummary summary) {
                try {
                    started.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                job.get().cancel().run();
            }
        };
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            job.set(ws.imports().importPaths(List.of(dir.resolve("logs")), cancelAfterFirstFile));
            started.countDown();

            assertThat(job.get().title()).isEqualTo("Importing logs");
            assertThatThrownBy(() -> job.get().result().join()).isInstanceOf(CancellationException.class)
                    .hasMessageContaining("what was read is kept");
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(5);
            assertThat(ws.queries().executions(MetricsFilter.all(), false, 100)).hasSize(5);
        }
    }

    @Test
    void followsFilesItIsAskedTo() throws IOException {
        Path file = log("live.log", 1, null);
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.imports().watch(file);
            assertThat(ws.imports().watched()).containsExactly(file.toAbsolutePath());
            ws.imports().unwatch(file);
            assertThat(ws.imports().watched()).isEmpty();
        }
    }

    @Test
    void exportsEveryExecutionOfTheFilterOncePagingThroughTheStore() throws IOException {
        Path file = log("many.log", 4_500, null);
        Path csv = dir.resolve("out/executions.csv");
        Files.createDirectories(csv.getParent());
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.imports().importPaths(List.of(file), ImportListener.NONE).result().join();
            List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

            long rows = ws.exports().export(ExportKind.EXECUTIONS, MetricsFilter.all(), csv, progress::add).result().join();

            List<String> lines = Files.readAllLines(csv);
            assertThat(rows).isEqualTo(4_500);
            assertThat(lines).hasSize(4_501);
            assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).distinct())
                    .hasSize(4_500);
            assertThat(progress).isNotEmpty().last().isEqualTo(4_500L);
        }
    }

    @Test
    void exportsOnlyFailuresForTheFailuresKind() throws IOException {
        Path file = log("f.log", 8, null);
        Path csv = dir.resolve("failures.csv");
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.imports().importPaths(List.of(file), ImportListener.NONE).result().join();

            long rows = ws.exports().export(ExportKind.FAILURES, MetricsFilter.all(), csv, n -> { }).result().join();

            assertThat(rows).isEqualTo(2);
            assertThat(Files.readString(csv)).contains("f.log3", "f.log7").doesNotContain("f.log0");
        }
    }

    private static EngineWorkload workload(EngineControl engine, long seed, double perMinute, Long executions) {
        Map<String, Integer> agents = new LinkedHashMap<>();
        Map<String, Integer> patterns = new LinkedHashMap<>();
        engine.agents().forEach(a -> agents.put(a.name(), 1));
        engine.patterns().forEach(p -> patterns.put(p.name(), 1));
        return new EngineWorkload(perMinute, 4, agents, patterns, seed, null, executions);
    }

    @Test
    void anEngineRunIsStoredAndCountedLikeAnImport() throws Exception {
        VirtualClock engineClock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard(), engineClock)) {
            EngineStats stats = ws.engine().start(workload(ws.engine(), 11, 120, 40L)).result().get(2, TimeUnit.MINUTES);

            assertThat(stats.completed()).isPositive();
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(stats.completed());
            List<Execution> stored = ws.queries().executions(MetricsFilter.all(), false, 100);
            assertThat(stored).hasSize((int) stats.completed())
                    .allSatisfy(e -> assertThat(e.source()).isEqualTo("engine"));
            assertThat(ws.queries().execution(stored.get(0).key()).orElseThrow().steps()).isNotEmpty();
            assertThat(ws.dashboards().agents()).isSubsetOf("sre-triage", "sre-investigator", "invoice-clerk", "payments-controller");
            assertThat(ws.engine().unfinished()).as("finished executions drop their checkpoints").isEmpty();
            assertThat(ws.engine().breakers()).containsKey("atlas-pro");
            assertThat(ws.engine().recent(5)).hasSize(5).allSatisfy(e -> assertThat(e.steps()).isEmpty())
                    .extracting(Execution::key).isSubsetOf(stored.stream().map(Execution::key).toList());
            assertThat(dir.resolve("data").resolve("audit").resolve("engine-audit.jsonl")).isNotEmptyFile();
        }
    }

    @Test
    void executionsCutShortByClosingAreOfferedForResumingOnTheNextOpen() throws Exception {
        String key;
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.engine().start(workload(ws.engine(), 12, 6_000, null));
            io.breakerboard.testsupport.WaitFor.condition(() -> ws.engine().stats().inFlight() > 0);
            assertThat(ws.engine().unfinished()).as("running executions are not offered for resuming").isEmpty();
        }
        VirtualClock engineClock = new VirtualClock(Instant.now());
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard(), engineClock)) {
            List<UnfinishedExecution> unfinished = ws.engine().unfinished();
            assertThat(unfinished).isNotEmpty();
            key = unfinished.get(0).key();
            long before = ws.dashboards().snapshot(MetricsFilter.all()).total().executions();

            Execution resumed = ws.engine().resume(key).get(2, TimeUnit.MINUTES);
            ws.engine().awaitStored();

            assertThat(resumed.key()).isEqualTo(key);
            assertThat(ws.queries().execution(key)).isPresent();
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(before + 1);
            unfinished.stream().skip(1).forEach(u -> ws.engine().discard(u.key()));
            assertThat(ws.engine().unfinished()).isEmpty();
        }
    }

    @Test
    void savedAlertSettingsApplyAtOnceAndOutliveARestart() {
        io.breakerboard.alerts.AlertSettings defaults = io.breakerboard.alerts.AlertSettings.DEFAULTS;
        io.breakerboard.alerts.AlertSettings lowered = defaults.with(io.breakerboard.alerts.RuleKind.ERROR_RATE,
                defaults.errorRate().withThresholds(5, 3));
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            assertThat(ws.alerting().alertSettings()).isEqualTo(defaults);
            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);

            ws.alerting().saveAlertSettings(lowered);

            assertThat(ws.alerting().alertSettings()).as("the running rules judge by them").isEqualTo(lowered);
        }
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            assertThat(ws.alerting().alertSettings()).isEqualTo(lowered);
            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);
            assertThat(ws.alerting().alertSettings()).isEqualTo(lowered);
        }
    }

    @Test
    void anomaliesOfAnEarlierRunAreListedAgainAfterARestartAndCanBeAcknowledged() throws Exception {
        Path costly = dir.resolve("logs").resolve("costly.log");
        Files.createDirectories(costly.getParent());
        Files.writeString(costly, PipeFormat.line("pricey", "writer", T, 100, Outcome.SUCCESS, 900_000) + "\n");
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);
            ws.imports().importPaths(List.of(costly), ImportListener.NONE).result().join();
            org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> ws.alerting().alerts().stream().anyMatch(a -> a.executionKeys().contains("pricey")));
        }
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);

            List<io.breakerboard.model.Alert> shown = ws.alerting().alerts();

            assertThat(shown).filteredOn(a -> a.executionKeys().contains("pricey")).singleElement()
                    .satisfies(a -> assertThat(a.acknowledged()).isFalse());
            String id = shown.stream().filter(a -> a.executionKeys().contains("pricey")).findFirst().orElseThrow().id();
            ws.alerting().acknowledge(id);
            assertThat(ws.alerting().alerts()).filteredOn(a -> a.id().equals(id)).singleElement()
                    .satisfies(a -> assertThat(a.acknowledged()).isTrue());
        }
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);
            assertThat(ws.alerting().alerts()).filteredOn(a -> a.executionKeys().contains("pricey")).singleElement()
                    .satisfies(a -> assertThat(a.acknowledged()).as("seen stays seen").isTrue());
        }
    }

    // The window is built while the alerts start: what it asks of them meanwhile waits for the start, so it never
    // shows the store's list for a moment nor loses an acknowledgement.
    @Test
    void whatIsAskedOfTheAlertsWhileTheyStartWaitsForTheStart() throws Exception {
        Path costly = dir.resolve("logs").resolve("costly.log");
        Files.createDirectories(costly.getParent());
        Files.writeString(costly, PipeFormat.line("pricey", "writer", T, 100, Outcome.SUCCESS, 900_000) + "\n");
        String id;
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);
            ws.imports().importPaths(List.of(costly), ImportListener.NONE).result().join();
            org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> ws.alerting().alerts().stream().anyMatch(a -> a.executionKeys().contains("pricey")));
            id = ws.alerting().alerts().stream().filter(a -> a.executionKeys().contains("pricey")).findFirst()
                    .orElseThrow().id();
        }
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard())) {
            ws.alerting().startingSoon();
            java.util.concurrent.CompletableFuture<Void> acknowledged =
                    java.util.concurrent.CompletableFuture.runAsync(() -> ws.alerting().acknowledge(id));
            java.util.concurrent.CompletableFuture<List<io.breakerboard.model.Alert>> listed =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> ws.alerting().alerts());

            ws.alerting().start(io.breakerboard.alerts.BreakerStateSource.NONE);

            acknowledged.get(30, TimeUnit.SECONDS);
            assertThat(listed.get(30, TimeUnit.SECONDS)).extracting(io.breakerboard.model.Alert::id).contains(id);
            assertThat(ws.alerting().alerts()).filteredOn(a -> a.id().equals(id)).singleElement()
                    .satisfies(a -> assertThat(a.acknowledged()).isTrue());
        }
    }
}
