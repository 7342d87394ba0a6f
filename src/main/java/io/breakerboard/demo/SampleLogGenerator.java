package io.breakerboard.demo;

import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.ingest.format.CanonicalJsonWriter;
import io.breakerboard.model.Execution;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Deterministic demo logs: the eight agents of {@link DemoFleet} run by the engine on a virtual clock over three
 * days from 14 October 2024 ({@link FleetRun}), with the engine's tasks, tools, models and prices, its failures
 * (tools down, timeouts, rate limits, open breakers, iteration limits, loops, wrong decisions) and two
 * {@link Incidents} as chaos faults, written in every format. The same seed always writes the same bytes.
 */
public final class SampleLogGenerator {
    /** The seed of the committed {@code sample-logs/}. */
    public static final long DEFAULT_SEED = 20241014L;

    public static final String CANONICAL = "canonical.jsonl";
    public static final String AUDIT = "audit.jsonl";
    public static final String PIPE = "agents.log";
    public static final String COST = "costs.json";
    public static final String CSV = "executions.csv";
    public static final String MIXED = "canonical-with-errors.jsonl";

    static final int CANONICAL_COUNT = 240;
    static final int AUDIT_COUNT = 200;
    static final int PIPE_COUNT = 150;
    static final int COST_COUNT = 600;
    static final int CSV_COUNT = 1_200;
    static final int MIXED_COUNT = 40;
    /** Most executions {@link #writeCanonical(Path, long, long)} runs; a larger file repeats them. */
    static final int MAX_DISTINCT = 2_000;

    /** When the last execution of the logs written with {@link #DEFAULT_SEED} ends (checked by a test). */
    static final Instant LATEST_END = Instant.parse("2024-10-17T03:56:30.352Z");

    private final long seed;
    private final Duration shift;

    public SampleLogGenerator() {
        this(DEFAULT_SEED);
    }

    public SampleLogGenerator(long seed) {
        this.seed = seed;
        this.shift = Duration.ZERO;
    }

    /**
     * The logs of {@link #DEFAULT_SEED} moved in time so that their last execution ends at {@code end}: a first
     * run's demo data then fills the last 15 minutes, hour and day too, not only "all".
     */
    public SampleLogGenerator(long seed, Instant end) {
        this.seed = seed;
        // Whole seconds: some formats write seconds only, and a fraction would round their times differently.
        this.shift = Duration.ofSeconds(Duration.between(LATEST_END, end).getSeconds());
    }

    /**
     * Writes one file per format into {@code dir} (created if missing), replacing files of the same names:
     * {@value #CANONICAL}, {@value #AUDIT}, {@value #PIPE}, {@value #COST}, {@value #CSV}, and {@value #MIXED}
     * (valid canonical lines with a few malformed ones among them). The files share one run of the fleet: each
     * execution is written to one of them, chosen at random, so every file covers the whole three days.
     *
     * @return the files written, in that order
     */
    public List<Path> writeSampleLogs(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileShare share = new FileShare(seed);
        List<Execution> run = new FleetRun(seed, shift).run(FileShare.TOTAL, share::key);
        List<Path> files = new ArrayList<>();
        files.add(writeCanonical(dir.resolve(CANONICAL), share.of(run, FileShare.CANONICAL)));
        files.add(writeAudit(dir.resolve(AUDIT), share.of(run, FileShare.AUDIT)));
        files.add(writePipe(dir.resolve(PIPE), share.of(run, FileShare.PIPE)));
        files.add(writeCost(dir.resolve(COST), share.of(run, FileShare.COST)));
        files.add(writeCsv(dir.resolve(CSV), share.of(run, FileShare.CSV)));
        files.add(writeMixed(dir.resolve(MIXED), share.of(run, FileShare.MIXED)));
        return files;
    }

    /**
     * Streams {@code executions} canonical lines to a file, e.g. a million for the import benchmark. Keys are
     * {@code ex-<seed>-<n>}. The fleet runs at most {@value #MAX_DISTINCT} executions; a larger file holds each of
     * them several times, every copy under its own key and a fraction of the gap to the next arrival later, so
     * the lines still fill the three days in start order.
     *
     * @return the file
     */
    public static Path writeCanonical(Path file, long executions, long seed) throws IOException {
        return writeCanonical(file, executions, seed, true, n -> { });
    }

    /**
     * As {@link #writeCanonical(Path, long, long)}, optionally without steps and scores (lines of about 500 bytes
     * instead of several KB, totals kept: the flat lines the import benchmarks read), reporting the lines written
     * every 10,000 lines.
     */
    public static Path writeCanonical(Path file, long executions, long seed, boolean withSteps, LongConsumer progress)
            throws IOException {
        if (executions < 0) {
            throw new IllegalArgumentException("execution count must be 0 or more, not " + executions);
        }
        createParent(file);
        long copies = Math.max(1, (executions + MAX_DISTINCT - 1) / MAX_DISTINCT);
        int distinct = (int) ((executions + copies - 1) / copies);
        List<Execution> run = new FleetRun(seed, Duration.ZERO).run(distinct, n -> key(seed, n));
        // Copies of one execution fall between it and the next arrival: the run's mean gap shared among them.
        Duration step = Arrivals.SPAN.dividedBy(Math.max(1, distinct)).dividedBy(copies);
        try (CanonicalJsonWriter out = new CanonicalJsonWriter(writer(file))) {
            long n = 0;
            for (Execution e : run) {
                Execution line = withSteps ? e : e.toBuilder().steps(List.of()).scores(List.of()).build();
                for (long c = 0; c < copies && n < executions; c++) {
                    n++;
                    out.write(copies == 1 ? line : AsLogged.copy(line, key(seed, n), step.multipliedBy(c)));
                    if (n % 10_000 == 0) {
                        progress.accept(n);
                    }
                }
            }
        }
        progress.accept(executions);
        return file;
    }

    private static String key(long seed, long n) {
        return String.format(Locale.ROOT, "ex-%d-%07d", seed, n);
    }

    private static Path writeCanonical(Path file, List<Execution> executions) throws IOException {
        try (CanonicalJsonWriter out = new CanonicalJsonWriter(writer(file))) {
            for (Execution e : executions) {
                out.write(e);
            }
        }
        return file;
    }

    private static Path writeAudit(Path file, List<Execution> executions) throws IOException {
        try (Writer w = writer(file)) {
            AuditLogRenderer audit = new AuditLogRenderer(w);
            // Sessions that overlap in time are written together, their lines interleaved as they happened.
            List<Execution> group = new ArrayList<>();
            Instant groupEnd = Instant.MIN;
            for (Execution e : executions) {
                if (!group.isEmpty() && !e.startedAt().isBefore(groupEnd)) {
                    audit.writeConcurrent(group);
                    group = new ArrayList<>();
                }
                group.add(e);
                groupEnd = group.size() == 1 || e.endedAt().isAfter(groupEnd) ? e.endedAt() : groupEnd;
            }
            if (!group.isEmpty()) {
                audit.writeConcurrent(group);
            }
        }
        return file;
    }

    private static Path writePipe(Path file, List<Execution> executions) throws IOException {
        try (Writer w = writer(file)) {
            PipeLogRenderer pipe = new PipeLogRenderer(w);
            for (Execution e : executions) {
                pipe.write(e);
            }
        }
        return file;
    }

    private static Path writeCost(Path file, List<Execution> executions) throws IOException {
        try (Writer w = writer(file)) {
            CostJsonRenderer cost = new CostJsonRenderer(w);
            for (Execution e : executions) {
                cost.write(e);
            }
        }
        return file;
    }

    private static Path writeCsv(Path file, List<Execution> executions) throws IOException {
        try (Writer w = writer(file)) {
            new CsvExporter().writeExecutions(executions, w, ExportControl.NONE);
        }
        return file;
    }

    private static Path writeMixed(Path file, List<Execution> executions) throws IOException {
        List<String> valid = new ArrayList<>(executions.size());
        for (Execution e : executions) {
            valid.add(CanonicalJsonWriter.toLine(e));
        }
        List<String> bad = BrokenLines.lines(valid.get(0));
        try (Writer w = writer(file)) {
            int every = valid.size() / bad.size();
            int b = 0;
            for (int i = 0; i < valid.size(); i++) {
                w.write(valid.get(i));
                w.write('\n');
                if ((i + 1) % every == 0 && b < bad.size()) {
                    w.write(bad.get(b++));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
