package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogSource;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalRoundTripTest {

    @Test
    void everyFieldSurvivesWriteAndRead() throws Exception {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("status", "503");
        attrs.put("note", "line one\nline \"two\" – ünïcødé");
        attrs.put("empty", null);
        Execution original = Execution.builder("ex-round-1").agent("reconciler").task("Reconcile account 1200")
                .startedAt(Instant.parse("2024-10-15T14:23:01.123456789Z")).duration(Duration.ofNanos(12_345_678_901L))
                .outcome(Outcome.FAILURE).errorKind(ErrorKind.TOOL_ERROR).errorMessage("tool query_ledger failed")
                .model("gemini-1.5-pro-002").inputTokens(4_000).outputTokens(512).costMicros(8_151).retries(1)
                .iterations(3).toolCalls(2).toolFailures(1).userId("u-7").sessionId("s-9")
                .addStep(Step.builder(StepKind.LLM_CALL).name("gemini-1.5-pro-002").at(Instant.parse("2024-10-15T14:23:01.2Z"))
                        .duration(Duration.ofMillis(1200)).inputTokens(4_000).outputTokens(512).costMicros(8_151).build())
                .addStep(Step.builder(StepKind.TOOL_ERROR).name("query_ledger").duration(Duration.ofNanos(1))
                        .failure(ErrorKind.TOOL_ERROR, "connection reset").attributes(attrs).build())
                .addStep(Step.builder(StepKind.EVENT).name("CACHE_WRITE").build())
                .addStep(Step.builder(StepKind.EVENT).build())
                .build();

        String line = CanonicalJsonWriter.toLine(original);
        Execution read = CollectingSink.parse(new CanonicalJsonlFormat(), line).only();

        assertThat(line).doesNotContain("\n");
        assertThat(read).isEqualTo(original);
    }

    // Without them the engine's rubric checks were lost on the way through its own log, and the demo's quality
    // panel stayed empty.
    @Test
    void scoresSurviveWriteAndRead() throws Exception {
        Instant at = Instant.parse("2024-10-15T14:23:04.5Z");
        Execution original = Execution.builder("ex-scored").agent("incident-triage")
                .startedAt(Instant.parse("2024-10-15T14:23:01Z")).duration(Duration.ofSeconds(3))
                .scores(List.of(
                        new io.breakerboard.model.Score("root_cause_found", null, null, true,
                                io.breakerboard.model.ScoreSource.RUBRIC, "concluded the true root cause", at),
                        io.breakerboard.model.Score.numeric("helpfulness", 0.75, io.breakerboard.model.ScoreSource.HUMAN,
                                "line one\n\"two\"", null),
                        new io.breakerboard.model.Score("verdict", null, "hallucinated", null,
                                io.breakerboard.model.ScoreSource.EVALUATOR, null, at),
                        new io.breakerboard.model.Score("odd", 0.4, null, false, io.breakerboard.model.ScoreSource.FEEDBACK,
                                null, null)))
                .build();

        String line = CanonicalJsonWriter.toLine(original);
        Execution read = CollectingSink.parse(new CanonicalJsonlFormat(), line).only();

        assertThat(line).contains("\"scores\":[{\"name\":\"root_cause_found\",\"flag\":true,\"source\":\"rubric\"");
        assertThat(read).isEqualTo(original);
        assertThat(CanonicalJsonWriter.toLine(read)).isEqualTo(line);
    }

    @Test
    void aScoreWithoutANameOrAValueRejectsItsLineSayingWhich() throws Exception {
        CollectingSink noName = CollectingSink.parse(new CanonicalJsonlFormat(),
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\",\"scores\":[{\"value\":1}]}");
        CollectingSink noValue = CollectingSink.parse(new CanonicalJsonlFormat(),
                "{\"execution_id\":\"b\",\"started_at\":\"2024-10-15T14:23:01Z\",\"scores\":[{\"name\":\"x\",\"value\":1},{\"name\":\"y\"}]}");

        assertThat(noName.executions).isEmpty();
        assertThat(noName.rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("scores[0]").contains("name"));
        assertThat(noValue.rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("scores[1]")
                .contains("value, label or flag"));
    }

    @Test
    void aScoreValueThatIsNoFiniteNumberRejectsItsLineAndTheNextLineIsStillRead() throws Exception {
        String start = "{\"execution_id\":\"%s\",\"started_at\":\"2024-10-15T14:23:01Z\",\"scores\":[{\"name\":\"x\",\"value\":%s}]}";
        String lines = String.join("\n", String.format(start, "nan", "\"NaN\""), String.format(start, "huge", "1e400"),
                String.format(start, "word", "\"high\""), String.format(start, "list", "[1]"),
                String.format(start, "fine", "\"0.5\""));

        CollectingSink read = CollectingSink.parse(new CanonicalJsonlFormat(), lines);

        assertThat(read.rejected).extracting(CollectingSink.Rejected::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(read.rejected).allSatisfy(r -> assertThat(r.reason()).contains("scores[0]").contains("value"));
        assertThat(read.only().scores()).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(0.5));
    }

    @Test
    void theOrchestrationPatternSurvivesWriteAndReadByBothReaders() throws Exception {
        Execution original = Execution.builder("ex-pattern").agent("invoice-voter").pattern("voting")
                .startedAt(Instant.parse("2024-10-15T14:23:01Z")).duration(Duration.ofSeconds(2)).build();

        String line = CanonicalJsonWriter.toLine(original);

        assertThat(line).contains("\"pattern\":\"voting\"");
        assertThat(CollectingSink.parse(new CanonicalJsonlFormat(), line).only().pattern()).isEqualTo("voting");
        assertThat(CanonicalJsonWriter.toLine(CollectingSink.parse(new CanonicalJsonlFormat(), line).only()))
                .isEqualTo(line);
        // Steps take the full parser instead of the scanner.
        Execution withStep = original.toBuilder().addStep(Step.builder(StepKind.EVENT).name("vote").build()).build();
        assertThat(CollectingSink.parse(new CanonicalJsonlFormat(), CanonicalJsonWriter.toLine(withStep)).only())
                .isEqualTo(withStep);
    }

    @Test
    void aStreamOfLinesReadsBackToTheSameLines() throws Exception {
        StringWriter out = new StringWriter();
        List<Execution> originals = List.of(
                Execution.builder("a").startedAt(Instant.parse("2024-10-14T00:00:00Z")).build(),
                Execution.builder("b").agent("x").startedAt(Instant.parse("2024-10-14T00:00:01Z"))
                        .outcome(Outcome.PARTIAL).errorKind(ErrorKind.BUDGET_EXCEEDED).errorMessage("budget").build());
        try (CanonicalJsonWriter w = new CanonicalJsonWriter(out)) {
            for (Execution e : originals) {
                w.write(e);
            }
        }

        CollectingSink sink = new CollectingSink();
        new CanonicalJsonlFormat().parse(LogSource.of("t", out.toString()), sink);

        assertThat(out.toString()).endsWith("\n").hasLineCount(2);
        assertThat(sink.executions).isEqualTo(originals);
        StringWriter again = new StringWriter();
        try (CanonicalJsonWriter w = new CanonicalJsonWriter(again)) {
            for (Execution e : sink.executions) {
                w.write(e);
            }
        }
        assertThat(again.toString()).isEqualTo(out.toString());
    }

    @Test
    void writesMoneyAndDurationsAsPlainNumbers() {
        Execution e = Execution.builder("m").startedAt(Instant.parse("2024-10-14T00:00:00Z"))
                .duration(Duration.ofMillis(1500)).costMicros(3_100).build();

        String line = CanonicalJsonWriter.toLine(e);

        assertThat(line).contains("\"cost_usd\":0.0031").contains("\"duration_ms\":1500,").doesNotContain("E-");
    }
}
