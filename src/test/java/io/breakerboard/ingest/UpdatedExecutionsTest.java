package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.ingest.format.claude.ClaudeCodeFormat;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.model.Execution;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.service.Components;
import io.breakerboard.service.StoredReport;
import io.breakerboard.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session or trace that grew since it was imported is imported again as an update: one execution, the longer
 * picture, and dashboards and the report equal to a recount of what is stored.
 */
class UpdatedExecutionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path data;
    private Store store;
    private RollupMetrics metrics;
    private Pipeline pipeline;
    private Importer importer;

    @BeforeEach
    void open() {
        data = dir.resolve("data");
        store = Store.open(data, Clock.systemUTC());
        metrics = new RollupMetrics();
        pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), metrics,
                UnaryOperator.identity(), UnaryOperator.identity());
        importer = new Importer(new FormatDetector(Formats.all()), pipeline, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (store != null) {
            pipeline.close();
            store.close();
        }
    }

    /** A file of one format as first imported and as downloaded or written again later, with more in it. */
    record Grown(String name, String key, String before, String after) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> grownFiles() throws IOException {
        return Stream.of(
                Arguments.of(new Grown("session.jsonl", "claude-code:11111111-2222-4333-8444-555555555555",
                        firstLines("claude-code/session.jsonl", 6), fixture("claude-code/session.jsonl"))),
                Arguments.of(new Grown("rollout.jsonl", "codex:0199aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee",
                        firstLines("codex/rollout.jsonl", 10), fixture("codex/rollout.jsonl"))),
                Arguments.of(langfuse()),
                Arguments.of(langSmith()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grownFiles")
    void aGrownFileImportedAgainUpdatesItsExecution(Grown grown) throws IOException {
        Path file = dir.resolve(grown.name());
        Files.writeString(file, grown.before());
        FileSummary first = importOne(file);
        Execution before = store.executions().findByKey(grown.key()).orElseThrow();

        Files.writeString(file, grown.after());
        FileSummary second = importOne(file);

        assertThat(first.imported()).isEqualTo(1);
        assertThat(second.updated()).as("updated").isEqualTo(1);
        assertThat(second.imported()).as("new").isZero();
        assertThat(second.duplicates()).as("duplicates").isZero();
        assertThat(store.executions().count()).isEqualTo(1);
        Execution after = store.executions().findByKey(grown.key()).orElseThrow();
        assertThat(after.steps()).hasSizeGreaterThan(before.steps().size());
        assertThat(after.inputTokens() + after.outputTokens()).isGreaterThan(before.inputTokens() + before.outputTokens());
        assertThat(after.steps()).extracting(s -> s.index()).doesNotHaveDuplicates();
        assertFiguresAreARecountOfTheStore();

        close();
        store = null;
        DashboardSnapshot report = StoredReport.snapshot(data,
                Components.of(RollupMetrics::new, Formats::all, UnaryOperator.identity(), UnaryOperator.identity()),
                MetricsFilter.all());
        try (Store reopened = Store.open(data, Clock.systemUTC())) {
            assertSameFigures(report, recount(reopened));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grownFiles")
    void theSameFileImportedAgainIsADuplicate(Grown grown) throws IOException {
        Path file = dir.resolve(grown.name());
        Files.writeString(file, grown.after());
        importOne(file);
        DashboardSnapshot figures = metrics.snapshot(MetricsFilter.all());

        FileSummary again = importOne(file);

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.updated()).isZero();
        assertThat(again.imported()).isZero();
        assertSameFigures(metrics.snapshot(MetricsFilter.all()), figures);
    }

    @Test
    void aFollowedSessionFileThatGrowsUpdatesItsExecutionAtEachPoll() throws IOException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        Path file = dir.resolve("session.jsonl");
        List<String> lines = fixture("claude-code/session.jsonl").lines().toList();
        String key = "claude-code:11111111-2222-4333-8444-555555555555";
        try (Tailer tailer = new Tailer(new FormatDetector(Formats.all()), pipeline, scheduler, Duration.ofSeconds(1))) {
            tailer.watch(file);
            Files.writeString(file, String.join("\n", lines.subList(0, 4)) + "\n");
            tailer.poll();
            int stepsAtFirst = store.executions().findByKey(key).orElseThrow().steps().size();

            List<Integer> steps = new ArrayList<>();
            int from = 4;
            for (int end : new int[] {7, 10, lines.size()}) {
                Files.writeString(file, String.join("\n", lines.subList(from, end)) + "\n", StandardOpenOption.APPEND);
                from = end;
                tailer.poll();
                steps.add(store.executions().findByKey(key).orElseThrow().steps().size());
                assertFiguresAreARecountOfTheStore();
            }

            assertThat(store.executions().count()).isEqualTo(1);
            assertThat(steps).isSorted().last().isEqualTo(steps(fixture("claude-code/session.jsonl")));
            assertThat(steps.get(steps.size() - 1)).isGreaterThan(stepsAtFirst);
            assertThat(tailer.status().get(0).executions()).as("new executions seen").isEqualTo(1);
            assertThat(store.quarantine().find(file.toAbsolutePath().toString(), 100))
                    .as("each bad line quarantined once").extracting(r -> r.line()).doesNotHaveDuplicates();
        } finally {
            scheduler.shutdownNow();
        }
    }

    private int steps(String content) throws IOException {
        Path file = dir.resolve("whole").resolve("session.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        List<Execution> read = new ArrayList<>();
        new ClaudeCodeFormat().parse(LogSource.of(file, () -> false), new ParseSink() {
            @Override
            public void execution(Execution execution) {
                read.add(execution);
            }

            @Override
            public void reject(long line, String reason, String raw) {
            }
        });
        return read.get(0).steps().size();
    }

    private FileSummary importOne(Path file) throws IOException {
        List<FileSummary> summaries = importer.importPaths(List.of(file), ImportListener.NONE, () -> false);
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).error()).isNull();
        return summaries.get(0);
    }

    private void assertFiguresAreARecountOfTheStore() {
        DashboardSnapshot live = metrics.snapshot(MetricsFilter.all());
        DashboardSnapshot recount = recount(store);
        assertSameFigures(live, recount);
        assertThat(live.series()).isEqualTo(recount.series());
    }

    private static DashboardSnapshot recount(Store store) {
        RollupMetrics recount = new RollupMetrics();
        store.executions().forEach(recount::record);
        return recount.snapshot(MetricsFilter.all());
    }

    private static void assertSameFigures(DashboardSnapshot actual, DashboardSnapshot expected) {
        assertThat(actual.total()).isEqualTo(expected.total());
        assertThat(actual.agents()).isEqualTo(expected.agents());
        assertThat(actual.models()).isEqualTo(expected.models());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = UpdatedExecutionsTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstLines(String name, int count) throws IOException {
        return String.join("\n", fixture(name).lines().limit(count).toList()) + "\n";
    }

    // The trace as downloaded while it ran (its first three observations), then when it had finished.
    private static Grown langfuse() throws IOException {
        ObjectNode whole = (ObjectNode) JSON.readTree(fixture("langfuse/trace.json"));
        ObjectNode early = whole.deepCopy();
        ArrayNode observations = (ArrayNode) early.get("observations");
        while (observations.size() > 3) {
            observations.remove(observations.size() - 1);
        }
        return new Grown("trace.json", "langfuse:" + whole.get("trace").get("id").asText(),
                JSON.writeValueAsString(early), JSON.writeValueAsString(whole));
    }

    // The runs of one trace as first posted (the chain and its retriever), then with the model call as well.
    private static Grown langSmith() throws IOException {
        ArrayNode runs = (ArrayNode) JSON.readTree(fixture("langsmith/runs.json"));
        ArrayNode early = JSON.createArrayNode();
        ArrayNode later = JSON.createArrayNode();
        for (int i = 0; i < runs.size(); i++) {
            String id = runs.get(i).get("id").asText();
            if (id.equals("r1") || id.equals("r2")) {
                early.add(runs.get(i));
            }
            if (!id.equals("r4")) {
                later.add(runs.get(i));
            }
        }
        return new Grown("runs.json", "langsmith:t-list", JSON.writeValueAsString(early), JSON.writeValueAsString(later));
    }
}
