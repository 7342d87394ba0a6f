package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.demo.SampleLogGenerator;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.CountingMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record read is accounted for: for every format and every file, records read = new + duplicates + updated
 * + quarantined, on the first import and on a re-import. Runs over a file of every format (the sample logs and
 * the trace fixtures), each with a bad line appended, and over every file of the shared corpus when it is beside
 * the project ({@code ../shared/corpus}, or {@code -Dbreakerboard.corpus=DIR}).
 */
class RecordAccountingTest {
    private static final String BAD_LINE = "this line is not a record of any format";
    // Formats where one non-blank line (after a CSV header) is one record, so the lines themselves can be counted.
    private static final Map<String, Integer> ONE_RECORD_PER_LINE = Map.of("canonical-jsonl", 0, "csv", 1);
    private static final Map<String, String> FORMAT_BY_FOLDER = Map.of("otlp", "otlp-json", "langfuse", "langfuse",
            "langsmith", "langsmith", "atif", "atif", "claude-code", "claude-code", "codex", "codex",
            "samples", "");
    private static final List<String> TRACE_FIXTURES = List.of("otlp/agent-trace.json", "otlp/aliases.json",
            "otlp/collector-lines.jsonl", "langfuse/trace.json", "langfuse/list.json", "langsmith/runs.json",
            "langsmith/payload.json", "atif/trajectory.json", "atif/multi.json", "atif/no-timestamps.json",
            "claude-code/session.jsonl", "claude-code/subagent.jsonl", "codex/rollout.jsonl");

    @TempDir
    static Path dir;
    private static Store store;
    private static Pipeline pipeline;
    private static Importer importer;

    @BeforeAll
    static void open() throws IOException {
        store = Store.open(dir.resolve("data"), Clock.systemUTC());
        pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), new CountingMetrics(),
                UnaryOperator.identity(), UnaryOperator.identity());
        importer = new Importer(new FormatDetector(Formats.all()), pipeline, Clock.systemUTC());
        for (Path sample : new SampleLogGenerator().writeSampleLogs(dir.resolve("fixtures/samples"))) {
            Files.writeString(sample, BAD_LINE + "\n", StandardOpenOption.APPEND);
        }
        for (String fixture : TRACE_FIXTURES) {
            Path file = dir.resolve("fixtures").resolve(fixture);
            Files.createDirectories(file.getParent());
            try (InputStream in = RecordAccountingTest.class.getResourceAsStream("/fixtures/" + fixture)) {
                Files.write(file, in.readAllBytes());
            }
            Files.writeString(file, "\n" + BAD_LINE + "\n", StandardOpenOption.APPEND);
        }
    }

    @AfterAll
    static void close() {
        pipeline.close();
        store.close();
    }

    static Stream<Arguments> everyFormatAndTheCorpus() throws IOException {
        List<Arguments> files = new ArrayList<>();
        Path fixtures = dir.resolve("fixtures");
        try (Stream<Path> walk = Files.walk(fixtures)) {
            walk.filter(Files::isRegularFile).sorted().forEach(f -> files.add(Arguments.of(fixtures.relativize(f)
                    .toString(), f, FORMAT_BY_FOLDER.get(fixtures.relativize(f).getName(0).toString()))));
        }
        Path corpus = corpus();
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> walk = Files.walk(corpus)) {
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                        .forEach(f -> files.add(Arguments.of("corpus/" + corpus.relativize(f), f, null)));
            }
        }
        return files.stream();
    }

    private static Path corpus() {
        String dir = System.getProperty("breakerboard.corpus");
        return dir != null ? Path.of(dir) : Path.of("..", "shared", "corpus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFormatAndTheCorpus")
    void everyRecordReadIsStoredSkippedUpdatedOrQuarantined(String name, Path file, String expectedFormat)
            throws IOException {
        FileSummary first = importOnce(file);
        FileSummary again = importOnce(file);

        assertAccounted(first);
        assertAccounted(again);
        if (expectedFormat != null) {
            assertThat(first.ok()).as(first.problem()).isTrue();
            if (!expectedFormat.isEmpty()) {
                assertThat(first.format()).isEqualTo(expectedFormat);
            }
            assertThat(first.quarantined()).as("the appended bad line is quarantined").isPositive();
        }
        if (first.refused()) {
            assertThat(first.recordsRead()).isZero();
            return;
        }
        assertThat(again.recordsRead()).as("a re-import reads the same records").isEqualTo(first.recordsRead());
        assertThat(again.imported()).as("a re-import adds nothing").isZero();
        assertThat(again.duplicates() + again.updated()).isEqualTo(first.executions());
        assertThat(again.quarantined()).isEqualTo(first.quarantined());
        Integer header = ONE_RECORD_PER_LINE.get(first.format());
        if (header != null && first.ok()) {
            assertThat(first.recordsRead()).as("one record per non-blank line").isEqualTo(nonBlankLines(file) - header);
        }
    }

    private static FileSummary importOnce(Path file) throws IOException {
        return importer.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0);
    }

    private static void assertAccounted(FileSummary s) {
        assertThat(s.recordsRead()).as(s.file() + ": " + s.accounting())
                .isEqualTo(s.imported() + s.duplicates() + s.updated() + s.quarantined());
        assertThat(s.imported()).isNotNegative();
        assertThat(s.duplicates()).isNotNegative();
        assertThat(s.updated()).isNotNegative();
    }

    private static long nonBlankLines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }
}
