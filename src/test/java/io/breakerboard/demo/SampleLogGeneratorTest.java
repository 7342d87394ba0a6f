package io.breakerboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.alerts.AnomalyDetector;
import io.breakerboard.alerts.AnomalySettings;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLogGeneratorTest {
    private static final Map<String, String> FORMAT_OF = Map.of(
            SampleLogGenerator.CANONICAL, "canonical-jsonl",
            SampleLogGenerator.AUDIT, "audit-jsonl",
            SampleLogGenerator.PIPE, "pipe-log",
            SampleLogGenerator.COST, "cost-json",
            SampleLogGenerator.CSV, "csv",
            SampleLogGenerator.MIXED, "canonical-jsonl");

    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void generate() throws IOException {
        files = new SampleLogGenerator().writeSampleLogs(dir.resolve("a"));
    }

    record Read(List<Execution> executions, List<String> rejected) {
    }

    private static Read read(Path file) throws IOException {
        LogFormat format = detect(file);
        List<Execution> executions = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        format.parse(LogSource.of(file, () -> false), new ParseSink() {
            @Override
            public void execution(Execution e) {
                executions.add(e);
            }

            @Override
            public void reject(long line, String reason, String raw) {
                rejected.add(line + ": " + reason);
            }
        });
        return new Read(executions, rejected);
    }

    private static LogFormat detect(Path file) throws IOException {
        byte[] head = new byte[Sample.MAX_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Sample sample = Sample.of(file.getFileName().toString(), head, n, n < head.length);
        return Formats.all().stream().max(Comparator.comparingInt(f -> f.sniff(sample))).orElseThrow();
    }

    @Test
    void writesOneFileOfAFewHundredKilobytesPerFormat() throws IOException {
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(SampleLogGenerator.CANONICAL,
                SampleLogGenerator.AUDIT, SampleLogGenerator.PIPE, SampleLogGenerator.COST, SampleLogGenerator.CSV,
                SampleLogGenerator.MIXED);
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        assertThat(total).isBetween(1_000_000L, 6_000_000L);
    }

    @Test
    void everyFileIsDetectedAsItsFormatAndImportsCleanly() throws IOException {
        for (Path f : files) {
            String name = f.getFileName().toString();
            assertThat(detect(f).id()).as(name).isEqualTo(FORMAT_OF.get(name));
            Read read = read(f);
            assertThat(read.executions()).as(name).hasSizeGreaterThan(30);
            if (name.equals(SampleLogGenerator.MIXED)) {
                assertThat(read.rejected()).hasSize(7);
                assertThat(read.executions()).hasSize(SampleLogGenerator.MIXED_COUNT);
            } else {
                assertThat(read.rejected()).as(name).isEmpty();
            }
        }
    }

    @Test
    void demoLogsForAFirstRunAreTheSameLogsEndingAtThatMoment() throws IOException {
        Instant end = Instant.parse("2026-12-05T02:00:00Z");
        List<Path> moved = new SampleLogGenerator(SampleLogGenerator.DEFAULT_SEED, end).writeSampleLogs(dir.resolve("now"));

        for (int i = 0; i < files.size(); i++) {
            List<Execution> committed = read(files.get(i)).executions();
            List<Execution> shifted = read(moved.get(i)).executions();
            assertThat(shifted).hasSameSizeAs(committed);
            Duration by = Duration.between(committed.get(0).startedAt(), shifted.get(0).startedAt());
            for (int k = 0; k < committed.size(); k++) {
                assertThat(shifted.get(k).agent()).isEqualTo(committed.get(k).agent());
                assertThat(Duration.between(committed.get(k).startedAt(), shifted.get(k).startedAt())).isEqualTo(by);
            }
            // Nothing ends after the moment of the first run.
            assertThat(shifted).allMatch(e -> !e.endedAt().isAfter(end));
        }
    }

    @Test
    void theLatestEndOfTheCommittedLogsIsKnownSoMovedLogsEndNow() throws IOException {
        Instant latest = Instant.MIN;
        for (Path file : files) {
            for (Execution e : read(file).executions()) {
                latest = e.endedAt().isAfter(latest) ? e.endedAt() : latest;
            }
        }
        assertThat(latest).isEqualTo(SampleLogGenerator.LATEST_END);
    }

    @Test
    void theDataLooksLikeAFleetOverAFewDays() throws IOException {
        List<Execution> all = read(files.get(0)).executions();

        Set<String> agents = new TreeSet<>();
        Set<ErrorKind> errors = EnumSet.noneOf(ErrorKind.class);
        Set<String> models = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Instant first = Instant.MAX, last = Instant.MIN;
        for (Execution e : all) {
            agents.add(e.agent());
            models.add(e.model());
            keys.add(e.key());
            first = e.startedAt().isBefore(first) ? e.startedAt() : first;
            last = e.startedAt().isAfter(last) ? e.startedAt() : last;
            assertThat(e.costMicros()).isNotNegative();
            assertThat(e.steps()).isNotEmpty();
        }
        assertThat(agents).containsExactly("approval-bot", "expense-auditor", "fraud-scorer", "incident-triage",
                "invoice-validator", "on-call-assistant", "reconciler", "root-cause-analyst");
        assertThat(models).containsExactlyInAnyOrder(ModelCatalog.CHEAP, ModelCatalog.STRONG);
        assertThat(keys).hasSize(all.size());
        assertThat(all.stream().mapToLong(Execution::costMicros).sum()).isPositive();
        assertThat(Duration.between(first, last)).isBetween(Duration.ofDays(2), Duration.ofDays(4));
        // Failures and their kinds over everything a first run imports, where keys must not collide either.
        List<Execution> every = everyFile();
        assertThat(every.stream().map(Execution::key).distinct().count()).isEqualTo(every.size());
        every.stream().filter(e -> e.errorKind() != null).forEach(e -> errors.add(e.errorKind()));
        assertThat(errors).contains(ErrorKind.TIMEOUT, ErrorKind.RATE_LIMIT, ErrorKind.TOOL_ERROR, ErrorKind.VALIDATION,
                ErrorKind.CIRCUIT_OPEN, ErrorKind.MAX_ITERATIONS);
        assertThat((double) every.stream().filter(e -> !e.succeeded()).count() / every.size()).isBetween(0.03, 0.2);
    }

    @Test
    void theExecutionsAreTheEnginesRunsOfTheDemoFleet() throws IOException {
        for (Execution e : read(files.get(0)).executions()) {
            DemoFleet.DemoAgent agent = DemoFleet.agents().stream().filter(a -> a.spec().name().equals(e.agent()))
                    .findFirst().orElseThrow();
            assertThat(e.pattern()).as(e.key()).isEqualTo(agent.pattern().id());
            assertThat(e.model()).as(e.key()).isEqualTo(agent.spec().model());
            assertThat(e.steps().get(0).attributes()).as(e.key()).containsEntry("pattern", agent.pattern().id())
                    .containsKey("task_id");
            assertThat(e.steps()).as(e.key()).extracting(Step::kind).contains(StepKind.MEMORY_RECALL)
                    .containsAnyOf(StepKind.LLM_CALL, StepKind.API_ERROR);
            // A log file's times, not the virtual clock's nanoseconds.
            assertThat(e.startedAt().getNano() % 1_000_000).isZero();
        }
    }

    @Test
    void costDocumentsSplitModelSpendByTheSubAgentsThatSpentIt() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int voting = 0;
        for (String line : Files.readAllLines(files.get(3))) {
            JsonNode doc = json.readTree(line);
            JsonNode costs = doc.get("costs");
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, JsonNode> entry : costs.properties()) {
                sum = sum.add(entry.getValue().get("cost").decimalValue());
            }
            assertThat(sum).as(line).isEqualByComparingTo(doc.get("total_cost").decimalValue());
            if (doc.get("agent").asText().equals("fraud-scorer") && costs.has("voter-1")) {
                voting++;
                assertThat(costs.get("voter-1").get("model").asText()).isEqualTo(ModelCatalog.CHEAP);
                assertThat(costs.get("voter-5").get("model").asText()).isEqualTo(ModelCatalog.STRONG);
            }
        }
        assertThat(voting).isGreaterThan(20);
    }

    @Test
    void flatFormatsKeepWhatJudgesAnEngineRun() throws IOException {
        AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);
        for (Path f : List.of(files.get(1), files.get(2))) {
            List<Execution> executions = read(f).executions();
            // Voters and retries are not loops, and a run is judged by its own iteration limit, as on canonical lines.
            long flagged = executions.stream().filter(e -> !detector.detect(e).isEmpty()).count();
            assertThat((double) flagged / executions.size()).as(f.getFileName().toString()).isLessThan(0.05);
            // A tool's latency, which the engine records on the call, reaches the line of its answer.
            List<Step> answered = executions.stream().flatMap(e -> e.steps().stream())
                    .filter(s -> s.kind() == StepKind.TOOL_RESULT || s.kind() == StepKind.TOOL_CALL && !s.failed())
                    .filter(s -> !s.duration().isZero()).toList();
            assertThat(answered).as(f.getFileName().toString()).hasSizeGreaterThan(executions.size());
        }
    }

    @Test
    void bothIncidentsStandOutOfTheTraffic() throws IOException {
        List<Execution> all = everyFile();
        double storm = failureShare(all, Incidents.STORM_FROM, Incidents.STORM);
        double hang = failureShare(all, Incidents.HANG_FROM, Incidents.HANG);
        long before = all.stream().filter(e -> e.startedAt().isBefore(Incidents.STORM_FROM)).count();
        double quiet = failureShare(all, Arrivals.FROM, Duration.between(Arrivals.FROM, Incidents.STORM_FROM));

        assertThat(all).hasSize(FileShare.TOTAL);
        assertThat(before).isGreaterThan(1_000);
        assertThat(quiet).isLessThan(0.06);
        assertThat(storm).isGreaterThan(4 * quiet);
        assertThat(hang).isGreaterThan(4 * quiet);
    }

    private static List<Execution> everyFile() throws IOException {
        List<Execution> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(read(f).executions());
        }
        return all;
    }

    private static double failureShare(List<Execution> executions, Instant from, Duration span) {
        List<Execution> in = executions.stream().filter(e -> !e.startedAt().isBefore(from)
                && e.startedAt().isBefore(from.plus(span))).toList();
        assertThat(in).as("executions from %s for %s", from, span).hasSizeGreaterThan(5);
        return (double) in.stream().filter(e -> !e.succeeded()).count() / in.size();
    }

    @Test
    void auditSessionsInterleave() throws IOException {
        List<String> sessionsInOrder = new ArrayList<>();
        for (String line : Files.readAllLines(files.get(1))) {
            int at = line.indexOf("\"session_id\":\"") + 14;
            sessionsInOrder.add(line.substring(at, line.indexOf('"', at)));
        }
        Map<String, Integer> lastSeen = new LinkedHashMap<>();
        boolean interleaved = false;
        for (int i = 0; i < sessionsInOrder.size(); i++) {
            Integer prev = lastSeen.put(sessionsInOrder.get(i), i);
            interleaved |= prev != null && prev != i - 1;
        }
        assertThat(interleaved).isTrue();
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        List<Path> again = new SampleLogGenerator().writeSampleLogs(dir.resolve("b"));

        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.mismatch(files.get(i), again.get(i))).as(files.get(i).getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherData() throws IOException {
        Path a = SampleLogGenerator.writeCanonical(dir.resolve("s1.jsonl"), 20, 1);
        Path b = SampleLogGenerator.writeCanonical(dir.resolve("s2.jsonl"), 20, 2);

        assertThat(Files.mismatch(a, b)).isNotEqualTo(-1L);
    }

    @Test
    void writesAnyNumberOfCanonicalLinesWithOrWithoutSteps() throws IOException {
        List<Long> progress = new ArrayList<>();
        Path withSteps = SampleLogGenerator.writeCanonical(dir.resolve("n/with.jsonl"), 12_000, 5, true, progress::add);
        Path without = SampleLogGenerator.writeCanonical(dir.resolve("n/without.jsonl"), 300, 5, false, n -> { });

        assertThat(progress).containsExactly(10_000L, 12_000L);
        try (var lines = Files.lines(withSteps)) {
            assertThat(lines.count()).isEqualTo(12_000);
        }
        List<String> plain = Files.readAllLines(without);
        assertThat(plain).hasSize(300).allSatisfy(l -> assertThat(l).doesNotContain("\"steps\"").doesNotContain("\"scores\""));
        assertThat(plain.get(0)).startsWith("{\"execution_id\":\"ex-5-0000001\"");
        assertThatThrownBy(() -> SampleLogGenerator.writeCanonical(dir.resolve("x.jsonl"), -1, 5))
                .hasMessageContaining("-1");
    }

    @Test
    void theCommittedSampleLogsAreWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("sample-logs");
        for (Path f : files) {
            Path c = committed.resolve(f.getFileName());
            assertThat(c).as("run: breakerboard generate --out sample-logs").exists();
            assertThat(Files.mismatch(f, c)).as(c.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void noDemoAgentSharesItsNameWithAnEngineAgent() {
        java.util.Set<String> engine = new java.util.HashSet<>();
        io.breakerboard.engine.agent.AgentCatalog.all().forEach(a -> engine.add(a.name()));
        assertThat(DemoFleet.names()).hasSize(8).doesNotContainAnyElementsOf(engine);
    }
}
