package io.breakerboard.ui.testing;

import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.ingest.ImportProgress;
import io.breakerboard.job.Job;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityAccumulator;
import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Severity;
import io.breakerboard.engine.Engine;
import io.breakerboard.engine.time.SystemEngineClock;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.service.EngineControl;
import io.breakerboard.service.ExportKind;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.service.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * An in-memory workspace for tests and for running the window by hand. Aggregates are exact, computed from the
 * executions it holds. Its import reads a tiny line format of its own, one execution per line:
 * <pre>agent,outcome,duration_ms,cost_usd[,error message]</pre>
 * Lines it cannot read are quarantined with a reason; a line imported twice is a duplicate.
 */
public final class FakeWorkspace implements Workspace, io.breakerboard.service.Dashboards, io.breakerboard.service.Queries,
        io.breakerboard.service.Imports, io.breakerboard.service.Exports, io.breakerboard.service.Alerting {
    public static final String FORMAT = "fake-lines";

    private final Clock clock;
    private final Executor jobs;
    private final Map<String, Execution> executions = new LinkedHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final io.breakerboard.service.LocalReceiverControl receiver;
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final List<QuarantinedRecord> quarantine = new CopyOnWriteArrayList<>();
    private final List<Path> watched = new CopyOnWriteArrayList<>();
    private final AtomicInteger snapshots = new AtomicInteger();
    private final AtomicInteger failureQueries = new AtomicInteger();
    private final AtomicInteger qualityQueries = new AtomicInteger();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private volatile RuntimeException snapshotFailure;
    private volatile io.breakerboard.alerts.AlertSettings alertSettings = io.breakerboard.alerts.AlertSettings.DEFAULTS;
    private volatile io.breakerboard.alerts.delivery.DeliverySettings deliverySettings =
            io.breakerboard.alerts.delivery.DeliverySettings.NONE;
    private final java.util.List<io.breakerboard.alerts.delivery.Delivery> deliveries =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile RuntimeException saveSettingsFailure;
    private volatile ChaosControl chaos;
    private io.breakerboard.service.StoreSettings storeSettings;
    private volatile io.breakerboard.service.LabControl lab;
    private EngineControl engine;
    private LocalEngine ownEngine;

    /** Jobs run on {@code jobs}: a thread pool in window tests, {@code Runnable::run} in view-model tests. */
    public FakeWorkspace(Clock clock, Executor jobs) {
        this.clock = clock;
        this.jobs = jobs;
        this.chaos = new FakeChaosControl(clock.instant());
        this.receiver = new io.breakerboard.service.LocalReceiverControl(new Sink(), clock);
        this.lab = new io.breakerboard.service.LocalLab(new io.breakerboard.lab.InMemoryLabRunRepository(),
                n -> executions.values().stream().limit(n).toList(), jobs, io.breakerboard.model.Redactor.DEFAULT, clock);
    }

    @Override
    public FakeWorkspace dashboards() {
        return this;
    }

    @Override
    public FakeWorkspace queries() {
        return this;
    }

    @Override
    public FakeWorkspace imports() {
        return this;
    }

    @Override
    public FakeWorkspace exports() {
        return this;
    }

    @Override
    public FakeWorkspace alerting() {
        return this;
    }

    @Override
    public io.breakerboard.service.ReceiverControl receiver() {
        return receiver;
    }

    @Override
    public io.breakerboard.service.LabControl lab() {
        return lab;
    }

    @Override
    public ChaosControl chaos() {
        return chaos;
    }

    /**
     * Replaces the chaos control: with one holding a history of faults ({@link FakeChaosControl#demo}), or with
     * the real one on this workspace's engine.
     */
    public void useChaos(ChaosControl control) {
        this.chaos = control;
    }

    /** Generated executions over the last two days, and three alerts. */
    public static FakeWorkspace withDemoData(Clock clock, Executor jobs, int executions) {
        FakeWorkspace w = new FakeWorkspace(clock, jobs);
        w.add(new ExecutionGenerator(7).generate(executions, clock.instant(), Duration.ofDays(2)));
        w.setAlerts(demoAlerts(clock.instant(), w));
        return w;
    }

    static List<Alert> demoAlerts(Instant now, FakeWorkspace w) {
        String failed = w.executions(MetricsFilter.all(), true, 1).stream().findFirst().map(Execution::key).orElse(null);
        return List.of(
                new Alert("a-1", "error-rate", Severity.CRITICAL, AlertState.FIRING, "coder", 18.2, 10, "%",
                        "coder fails 18.2% of runs over 15 min", now.minusSeconds(900), now.minusSeconds(600), null, false,
                        failed == null ? List.of() : List.of(failed)),
                new Alert("a-2", "p95-latency", Severity.WARNING, AlertState.PENDING, "researcher", 9_100, 8_000, "ms",
                        "researcher P95 above 8 s", now.minusSeconds(120), null, null, false, List.of()),
                new Alert("a-3", "cost-per-day", Severity.INFO, AlertState.RESOLVED, "all", 41.5, 50, "USD",
                        "daily cost back under $50", now.minusSeconds(7200), now.minusSeconds(6000), now.minusSeconds(3600),
                        true, List.of()));
    }

    // Feeding the double

    public synchronized void add(List<Execution> more) {
        for (Execution e : more) {
            executions.put(e.key(), e);
        }
        version.incrementAndGet();
    }

    public void setAlerts(List<Alert> current) {
        alerts.clear();
        alerts.addAll(current);
    }

    /** Makes every following snapshot fail with this, as a closed store would. */
    public void failSnapshotsWith(RuntimeException failure) {
        snapshotFailure = failure;
    }

    public int snapshotCalls() {
        return snapshots.get();
    }

    public int qualityQueries() {
        return qualityQueries.get();
    }

    public int failureQueries() {
        return failureQueries.get();
    }

    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public synchronized int size() {
        return executions.size();
    }

    // Workspace

    @Override
    public synchronized DashboardSnapshot snapshot(MetricsFilter filter) {
        snapshots.incrementAndGet();
        if (snapshotFailure != null) {
            throw snapshotFailure;
        }
        return SnapshotMath.compute(in(filter).toList(), filter, version.get(), clock.instant());
    }

    /** The workspace's own projection; its snapshot of the month is not one of the {@link #snapshotCalls()}. */
    @Override
    public io.breakerboard.model.MonthProjection monthProjection(MetricsFilter filter, Instant now, java.time.ZoneId zone) {
        io.breakerboard.model.MonthProjection month = io.breakerboard.service.Dashboards.super.monthProjection(filter, now, zone);
        snapshots.decrementAndGet();
        return month;
    }

    private synchronized Stream<Execution> in(MetricsFilter filter) {
        return List.copyOf(executions.values()).stream()
                .filter(e -> filter.range().contains(e.startedAt()) && filter.includesAgent(e.agent())
                        && filter.includesPattern(e.pattern()));
    }

    @Override
    public long dataVersion() {
        return version.get();
    }

    @Override
    public synchronized SortedSet<String> agents() {
        TreeSet<String> names = new TreeSet<>();
        executions.values().forEach(e -> names.add(e.agent()));
        return names;
    }

    @Override
    public synchronized Optional<TimeRange> dataSpan() {
        if (executions.isEmpty()) {
            return Optional.empty();
        }
        Instant from = executions.values().stream().map(Execution::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = executions.values().stream().map(Execution::endedAt).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new TimeRange(from, to));
    }

    @Override
    public QualityReport quality(MetricsFilter filter) {
        qualityQueries.incrementAndGet();
        QualityAccumulator quality = new QualityAccumulator();
        in(filter).forEach(e -> quality.add(QualityFacts.of(e, e.steps())));
        return quality.report();
    }

    @Override
    public List<Execution> executions(MetricsFilter filter, boolean failuresOnly, int limit) {
        if (failuresOnly) {
            failureQueries.incrementAndGet();
        }
        return in(filter).filter(e -> !failuresOnly || !e.succeeded())
                .sorted(Comparator.comparing(Execution::startedAt).reversed())
                .limit(limit)
                .map(e -> e.toBuilder().steps(List.of()).build())
                .toList();
    }

    @Override
    public synchronized Optional<Execution> execution(String key) {
        return Optional.ofNullable(executions.get(key));
    }

    @Override
    public List<QuarantinedRecord> quarantine(String source, int limit) {
        List<QuarantinedRecord> all = new ArrayList<>(quarantine);
        java.util.Collections.reverse(all);
        return all.stream().filter(q -> source == null || q.source().equals(source)).limit(limit).toList();
    }

    @Override
    public Job<List<FileSummary>> importPaths(List<Path> paths, ImportListener listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<List<FileSummary>> result = new CompletableFuture<>();
        jobs.execute(() -> {
            try {
                result.complete(runImport(paths, listener, cancelled));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return new Job<>("Importing " + paths.size() + " items", result, () -> cancelled.set(true));
    }

    private List<FileSummary> runImport(List<Path> paths, ImportListener listener, AtomicBoolean cancelled) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        long bytesTotal = files.stream().mapToLong(FakeWorkspace::size).sum();
        long bytesDone = 0;
        long executionsRead = 0;
        List<FileSummary> summaries = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            if (cancelled.get()) {
                throw new CancellationException("import cancelled");
            }
            Path file = files.get(f);
            long started = System.nanoTime();
            List<String> lines = read(file);
            List<Execution> fresh = new ArrayList<>();
            long read = 0;
            long duplicates = 0;
            long rejected = 0;
            List<String> messages = new ArrayList<>();
            long fileBytes = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                fileBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (line.isBlank()) {
                    continue;
                }
                Optional<String> problem = problem(line);
                if (problem.isPresent()) {
                    rejected++;
                    String message = file + ":" + (i + 1) + ": " + problem.get();
                    if (messages.size() < 5) {
                        messages.add(message);
                    }
                    quarantine.add(new QuarantinedRecord(file.toString(), i + 1, problem.get(), line));
                    continue;
                }
                read++;
                Execution e = parse(line, file, i);
                synchronized (this) {
                    if (executions.containsKey(e.key()) || fresh.stream().anyMatch(x -> x.key().equals(e.key()))) {
                        duplicates++;
                        continue;
                    }
                }
                fresh.add(e);
                listener.progress(new ImportProgress(file.toString(), fileBytes, size(file), f, files.size(),
                        bytesDone + fileBytes, bytesTotal, executionsRead + read));
            }
            add(fresh);
            bytesDone += size(file);
            executionsRead += read;
            FileSummary summary = new FileSummary(file.toString(), FORMAT, read, read, rejected, duplicates,
                    Duration.ofNanos(System.nanoTime() - started), null, messages);
            summaries.add(summary);
            listener.fileFinished(summary);
        }
        return summaries;
    }

    private static Optional<String> problem(String line) {
        String[] parts = line.split(",", 5);
        if (parts.length < 4) {
            return Optional.of("expected agent,outcome,duration_ms,cost_usd but found " + parts.length + " fields");
        }
        try {
            Outcome.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.of("outcome '" + parts[1] + "' is not SUCCESS, FAILURE or PARTIAL");
        }
        try {
            Long.parseLong(parts[2].strip());
            Money.parseUsd(parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.of("duration or cost is not a number: '" + parts[2] + "', '" + parts[3] + "'");
        }
        return Optional.empty();
    }

    private Execution parse(String line, Path file, int index) {
        String[] parts = line.split(",", 5);
        Outcome outcome = Outcome.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT));
        String error = parts.length > 4 ? parts[4].strip() : null;
        return Execution.builder(ContentKey.of(line))
                .agent(parts[0].strip())
                .startedAt(clock.instant().minusSeconds(60L * (index + 1)))
                .duration(Duration.ofMillis(Long.parseLong(parts[2].strip())))
                .outcome(outcome)
                .errorKind(outcome.isSuccess() ? null : ErrorKind.classify(error))
                .errorMessage(outcome.isSuccess() ? null : error)
                .costMicros(Money.parseUsd(parts[3]))
                .source(file.toString())
                .format(FORMAT)
                .build();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void watch(Path file) {
        if (!watched.contains(file)) {
            watched.add(file);
        }
    }

    @Override
    public void unwatch(Path file) {
        watched.remove(file);
    }

    @Override
    public List<Path> watched() {
        return List.copyOf(watched);
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
            case EXECUTIONS, FAILURES -> executions(filter, kind == ExportKind.FAILURES, Integer.MAX_VALUE).stream()
                    .map(e -> String.join(",", e.key(), e.agent(), e.startedAt().toString(), e.outcome().name(),
                            Long.toString(e.duration().toMillis()), Money.toUsd(e.costMicros()).toPlainString()))
                    .toList();
            case AGENT_SUMMARY -> {
                DashboardSnapshot s = snapshot(filter);
                List<AgentStats> all = new ArrayList<>(s.agents());
                all.add(s.total());
                yield all.stream().map(a -> a.agent() + "," + a.executions() + "," + a.successRate()).toList();
            }
            case ALERTS -> alerts.stream().map(a -> a.id() + "," + a.rule() + "," + a.state()).toList();
            case SCORES -> executions(filter, false, Integer.MAX_VALUE).stream()
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

    @Override
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    /** The store settings of a data directory of the fake's own, made on first use; a test may set its own. */
    @Override
    public synchronized io.breakerboard.service.StoreSettings storeSettings() {
        if (storeSettings == null) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("fake-workspace");
                storeSettings = new io.breakerboard.service.StoreSettings(dir, io.breakerboard.service.StoreLocation.of(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return storeSettings;
    }

    public synchronized void storeSettings(io.breakerboard.service.StoreSettings settings) {
        storeSettings = settings;
    }

    @Override
    public io.breakerboard.alerts.AlertSettings alertSettings() {
        return alertSettings;
    }

    @Override
    public void saveAlertSettings(io.breakerboard.alerts.AlertSettings settings) {
        RuntimeException failure = saveSettingsFailure;
        if (failure != null) {
            throw failure;
        }
        alertSettings = settings;
    }

    @Override
    public io.breakerboard.alerts.delivery.DeliverySettings deliverySettings() {
        return deliverySettings;
    }

    @Override
    public void saveDeliverySettings(io.breakerboard.alerts.delivery.DeliverySettings settings) {
        deliverySettings = settings;
    }

    @Override
    public java.util.List<io.breakerboard.alerts.delivery.Delivery> deliveries(int limit) {
        return deliveries.stream().limit(limit).toList();
    }

    /** A delivery the Webhooks dialog lists, newest first. */
    public void addDelivery(io.breakerboard.alerts.delivery.Delivery d) {
        deliveries.add(0, d);
    }

    /** The next saves of alert settings fail with this (null: they succeed). */
    public void failSavingSettings(RuntimeException failure) {
        saveSettingsFailure = failure;
    }

    @Override
    public void acknowledge(String alertId) {
        acknowledged.add(alertId);
        alerts.replaceAll(a -> a.id().equals(alertId)
                ? new Alert(a.id(), a.rule(), a.severity(), a.state(), a.subject(), a.value(), a.threshold(), a.unit(),
                        a.message(), a.since(), a.firedAt(), a.resolvedAt(), true, a.executionKeys())
                : a);
    }

    /** Uses this engine (a test double) instead of the real one. */
    public synchronized void useEngine(EngineControl control) {
        this.engine = control;
    }

    /** A real engine on real time, storing into this workspace; built on first use. */
    @Override
    public synchronized EngineControl engine() {
        if (engine == null) {
            useEngineOn(new SystemEngineClock());
        }
        return engine;
    }

    /** Builds the real engine on {@code clock} (a virtual one runs traffic as fast as the machine allows). */
    public synchronized LocalEngine useEngineOn(io.breakerboard.engine.time.EngineClock clock) {
        ownEngine = LocalEngine.around(new Sink(), sink -> Engine.builder(clock, sink, s -> s).build());
        engine = ownEngine;
        return ownEngine;
    }

    private final class Sink implements ExecutionSink {
        @Override
        public int write(List<Execution> batch) {
            int before = size();
            add(batch);
            return batch.size() - (size() - before);
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
            quarantine.addAll(records);
        }

        @Override
        public void flush() {
        }
    }

    @Override
    public void close() {
        receiver.close();
        LocalEngine own;
        synchronized (this) {
            own = ownEngine;
        }
        if (own != null) {
            own.close();
        }
    }
}
