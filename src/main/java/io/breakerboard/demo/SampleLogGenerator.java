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
import java.util.function.LongConsumer;

/**
 * Deterministic demo logs: eight agents over three days from 14 October 2024, with realistic models and prices,
 * tool latencies and failure modes (timeouts, rate limits, tool errors, permission denials, malformed model
 * output, budget stops, loops and iteration limits) and two incident windows. The same seed always writes the
 * same bytes.
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

    static final int CANONICAL_COUNT = 900;
    static final int AUDIT_COUNT = 450;
    static final int PIPE_COUNT = 300;
    static final int COST_COUNT = 600;
    static final int CSV_COUNT = 1_200;
    static final int MIXED_COUNT = 40;

    /** When the last execution of the logs written with {@link #DEFAULT_SEED} ends (checked by a test). */
    static final Instant LATEST_END = Instant.parse("2024-10-17T12:16:12.351Z");

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
     * (valid canonical lines with a few malformed ones among them).
     *
     * @return the files written, in that order
     */
    public List<Path> writeSampleLogs(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(writeCanonical(dir.resolve(CANONICAL), new ExecutionStream(seed, "ex-" + seed, CANONICAL_COUNT, shift),
                CANONICAL_COUNT, true, n -> { }));
        files.add(writeAudit(dir.resolve(AUDIT)));
        files.add(writePipe(dir.resolve(PIPE)));
        files.add(writeCost(dir.resolve(COST)));
        files.add(writeCsv(dir.resolve(CSV)));
        files.add(writeMixed(dir.resolve(MIXED)));
        return files;
    }

    /**
     * Streams {@code executions} canonical lines to a file in constant memory, e.g. a million for the import
     * benchmark. Keys are {@code ex-<seed>-<n>}.
     *
     * @return the file
     */
    public static Path writeCanonical(Path file, long executions, long seed) throws IOException {
        return writeCanonical(file, executions, seed, true, n -> { });
    }

    /**
     * As {@link #writeCanonical(Path, long, long)}, optionally without steps (lines of about 500 bytes instead of
     * about 2 KB, totals kept), reporting the lines written every 10,000 lines.
     */
    public static Path writeCanonical(Path file, long executions, long seed, boolean withSteps, LongConsumer progress)
            throws IOException {
        if (executions < 0) {
            throw new IllegalArgumentException("execution count must be 0 or more, not " + executions);
        }
        return writeCanonical(file, new ExecutionStream(seed, "ex-" + seed, executions), executions, withSteps, progress);
    }

    private static Path writeCanonical(Path file, ExecutionStream stream, long executions, boolean withSteps,
                                       LongConsumer progress) throws IOException {
        createParent(file);
        try (CanonicalJsonWriter out = new CanonicalJsonWriter(writer(file))) {
            for (long i = 1; i <= executions; i++) {
                Execution e = stream.next();
                out.write(withSteps ? e : e.toBuilder().steps(List.of()).build());
                if (i % 10_000 == 0) {
                    progress.accept(i);
                }
            }
        }
        progress.accept(executions);
        return file;
    }

    private Path writeAudit(Path file) throws IOException {
        ExecutionStream stream = new ExecutionStream(subSeed(2), "audit", AUDIT_COUNT, shift);
        try (Writer w = writer(file)) {
            AuditLogRenderer audit = new AuditLogRenderer(w);
            int written = 0;
            while (written < AUDIT_COUNT) {
                // Three to five sessions start within seconds of each other and run side by side.
                Instant start = stream.nextStart();
                int size = Math.min(AUDIT_COUNT - written, 2 + stream.between(1, 3));
                List<Execution> group = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    group.add(stream.at(start.plusSeconds(k == 0 ? 0 : stream.between(1, 8))));
                }
                audit.writeConcurrent(group);
                written += size;
            }
        }
        return file;
    }

    private Path writePipe(Path file) throws IOException {
        ExecutionStream stream = new ExecutionStream(subSeed(3), "pipe", PIPE_COUNT, shift);
        try (Writer w = writer(file)) {
            PipeLogRenderer pipe = new PipeLogRenderer(w);
            for (int i = 0; i < PIPE_COUNT; i++) {
                pipe.write(stream.next());
            }
        }
        return file;
    }

    private Path writeCost(Path file) throws IOException {
        ExecutionStream stream = new ExecutionStream(subSeed(4), "run-" + seed, COST_COUNT, shift);
        try (Writer w = writer(file)) {
            CostJsonRenderer cost = new CostJsonRenderer(w);
            for (int i = 0; i < COST_COUNT; i++) {
                Execution e = stream.next();
                cost.write(e, subAgentsOf(e.agent()));
            }
        }
        return file;
    }

    private Path writeCsv(Path file) throws IOException {
        ExecutionStream stream = new ExecutionStream(subSeed(5), "exp-" + seed, CSV_COUNT, shift);
        List<Execution> rows = new ArrayList<>(CSV_COUNT);
        for (int i = 0; i < CSV_COUNT; i++) {
            rows.add(stream.next());
        }
        try (Writer w = writer(file)) {
            new CsvExporter().writeExecutions(rows, w, ExportControl.NONE);
        }
        return file;
    }

    private Path writeMixed(Path file) throws IOException {
        ExecutionStream stream = new ExecutionStream(subSeed(6), "mixed-" + seed, MIXED_COUNT, shift);
        List<String> valid = new ArrayList<>(MIXED_COUNT);
        for (int i = 0; i < MIXED_COUNT; i++) {
            valid.add(CanonicalJsonWriter.toLine(stream.next()));
        }
        List<String> bad = BrokenLines.lines(valid.get(0));
        try (Writer w = writer(file)) {
            int every = MIXED_COUNT / bad.size();
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

    private static List<String> subAgentsOf(String agent) {
        for (AgentProfile a : AgentCatalog.agents()) {
            if (a.name().equals(agent)) {
                return a.subAgents();
            }
        }
        return List.of();
    }

    // Each file gets its own stream, so adding a file never changes the others.
    private long subSeed(int file) {
        return seed * 0x9E3779B97F4A7C15L + file;
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
