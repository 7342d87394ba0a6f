package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonlFormatTest {
    private final CanonicalJsonlFormat format = new CanonicalJsonlFormat();

    @Test
    void readsAMinimalLine() {
        Execution e = CollectingSink.parse(format,
                "{\"execution_id\":\"ex-1\",\"started_at\":\"2024-10-15T14:23:01Z\"}\n").only();

        assertThat(e.key()).isEqualTo("ex-1");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2024-10-15T14:23:01Z"));
        assertThat(e.agent()).isEqualTo(Execution.UNKNOWN_AGENT);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.steps()).isEmpty();
    }

    @Test
    void readsEveryFieldOfAFullLine() {
        String line = "{\"execution_id\":\"ex-2\",\"agent\":\"sre-triage\",\"task\":\"Triage alert\","
                + "\"started_at\":\"2024-10-15T14:23:01.250+02:00\",\"duration_ms\":1500.5,\"outcome\":\"FAILURE\","
                + "\"error_kind\":\"TIMEOUT\",\"error\":\"tool search_logs timed out\",\"model\":\"gpt-4o\","
                + "\"input_tokens\":1200,\"output_tokens\":300,\"cost_usd\":0.0123,\"retries\":2,\"iterations\":3,"
                + "\"tool_calls\":4,\"tool_failures\":1,\"user_id\":\"u-1\",\"session_id\":\"s-1\",\"unknown\":{\"x\":[1]},"
                + "\"steps\":[{\"kind\":\"TOOL_CALL\",\"name\":\"search_logs\",\"at\":\"2024-10-15T12:23:02Z\","
                + "\"duration_ms\":30000,\"failed\":true,\"error_kind\":\"TIMEOUT\",\"input\":\"{}\",\"output\":\"timed out\","
                + "\"attributes\":{\"status\":\"504\",\"nested\":{\"a\":1},\"none\":null}},"
                + "{\"kind\":\"CACHE_WRITE\"}]}";

        Execution e = CollectingSink.parse(format, line).only();

        assertThat(e.agent()).isEqualTo("sre-triage");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2024-10-15T12:23:01.250Z"));
        assertThat(e.duration()).isEqualTo(Duration.ofNanos(1_500_500_000));
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.costMicros()).isEqualTo(12_300);
        assertThat(e.retries()).isEqualTo(2);
        assertThat(e.toolCalls()).isEqualTo(4);
        assertThat(e.steps()).hasSize(2);
        Step s = e.steps().get(0);
        assertThat(s.kind()).isEqualTo(StepKind.TOOL_CALL);
        assertThat(s.failed()).isTrue();
        assertThat(s.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.attributes()).containsEntry("status", "504").containsEntry("nested", "{\"a\":1}").containsEntry("none", null);
        Step unknown = e.steps().get(1);
        assertThat(unknown.kind()).isEqualTo(StepKind.EVENT);
        assertThat(unknown.name()).isEqualTo("CACHE_WRITE");
        assertThat(unknown.index()).isEqualTo(1);
    }

    @Test
    void derivesTotalsFromStepsWhenTheLineOmitsThem() {
        String line = "{\"execution_id\":\"ex-3\",\"started_at\":\"2024-10-15T14:23:01Z\",\"steps\":["
                + "{\"kind\":\"LLM_CALL\",\"input_tokens\":100,\"output_tokens\":20,\"cost_usd\":\"$0.01\"},"
                + "{\"kind\":\"TOOL_CALL\",\"name\":\"search\"}]}";

        Execution e = CollectingSink.parse(format, line).only();

        assertThat(e.inputTokens()).isEqualTo(100);
        assertThat(e.costMicros()).isEqualTo(Money.ofUsd(0.01));
        assertThat(e.toolCalls()).isEqualTo(1);
    }

    @Test
    void rejectsBadLinesWithTheirNumberAndReasonAndKeepsGoing() {
        String content = String.join("\n",
                "{\"execution_id\":\"ok-1\",\"started_at\":\"2024-10-15T14:23:01Z\"}",
                "{\"agent\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\"}",
                "{\"execution_id\":\"x\",\"started_at\":\"yesterday\"}",
                "{\"execution_id\":\"x\",\"started_at\":\"2024-10-15T14:23:01Z\",\"outcome\":\"ok\"}",
                "{\"execution_id\":\"x\",\"started_at\":\"2024-10-15T14:23:01Z\",\"input_tokens\":\"many\"}",
                "{\"execution_id\":\"x\",\"started_at\":\"2024-10-15T14:23:01Z\",\"steps\":[{\"kind\":\"LLM_CALL\",\"at\":\"noon\"}]}",
                "{\"execution_id\":\"x\",\"started_at\":\"2024-10-15T14:23:01Z\",\"steps\":[{\"name\":\"no kind\"}]}",
                "{\"execution_id\":\"x\",\"started_at\":\"2024-10-15T14:23:01Z\"} trailing",
                "{\"execution_id\":\"x\",\"started_",
                "[1,2]",
                "",
                "{\"execution_id\":\"ok-2\",\"started_at\":\"2024-10-15T14:23:02Z\"}");

        CollectingSink sink = CollectingSink.parse(format, content);

        assertThat(sink.executions).extracting(Execution::key).containsExactly("ok-1", "ok-2");
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("missing field 'execution_id'"),
                r -> assertThat(r).contains("field 'started_at'").contains("not a timestamp: 'yesterday'"),
                r -> assertThat(r).contains("field 'outcome'").contains("success, failure or partial").contains("'ok'"),
                r -> assertThat(r).contains("field 'input_tokens'").contains("'many'"),
                r -> assertThat(r).contains("field 'steps[0].at'").contains("'noon'"),
                r -> assertThat(r).isEqualTo("missing field 'steps[0].kind'"),
                r -> assertThat(r).startsWith("unexpected text after the JSON object"),
                r -> assertThat(r).startsWith("invalid JSON: ").contains("column"),
                r -> assertThat(r).isEqualTo("expected one JSON object per line, found an array"));
        assertThat(sink.rejected.get(0).raw()).contains("\"agent\":\"a\"");
    }

    @Test
    void readsNonAsciiTextAndQuarantinesMalformedUtf8InsteadOfReplacingIt() {
        byte[] good = "{\"execution_id\":\"ü-1\",\"task\":\"Prüfe Rechnung 🧾\",\"started_at\":\"2024-10-15T14:23:01Z\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] latin1 = "{\"execution_id\":\"l-1\",\"task\":\"Pr\u00fcfe\",\"started_at\":\"2024-10-15T14:23:01Z\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] both = java.util.Arrays.copyOf(good, good.length + latin1.length);
        System.arraycopy(latin1, 0, both, good.length, latin1.length);

        CollectingSink sink = new CollectingSink();
        try {
            format.parse(io.breakerboard.ingest.LogSource.of("x.jsonl", both.length,
                    () -> new java.io.ByteArrayInputStream(both), () -> false), sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(sink.executions).extracting(Execution::task).containsExactly("Prüfe Rechnung 🧾");
        assertThat(sink.executions).extracting(Execution::key).containsExactly("ü-1");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("invalid UTF-8 at byte 33");
        });
    }

    @Test
    void manyLinesComeOutInFileOrderWithTheirLineNumbers() {
        StringBuilder content = new StringBuilder();
        int lines = ParallelLines.CHUNK_LINES * (ParallelLines.AHEAD + 2) + 17;
        for (int i = 1; i <= lines; i++) {
            content.append(i % 7 == 0 ? "broken " + i : i % 11 == 0 ? "  "
                    : "{\"execution_id\":\"e" + i + "\",\"started_at\":\"2024-10-15T14:23:01Z\"}").append('\n');
        }

        CollectingSink sink = CollectingSink.parse(format, content.toString());

        List<String> expectedKeys = new java.util.ArrayList<>();
        List<Long> expectedRejects = new java.util.ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            if (i % 7 == 0) {
                expectedRejects.add((long) i);
            } else if (i % 11 != 0) {
                expectedKeys.add("e" + i);
            }
        }
        assertThat(sink.executions).extracting(Execution::key).isEqualTo(expectedKeys);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::line).isEqualTo(expectedRejects);
        assertThat(sink.rejected.get(0).raw()).isEqualTo("broken 7");
    }

    @Test
    void detectsItsOwnLinesEvenWithSomeBrokenOnes() {
        String own = "{\"execution_id\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\"}\n"
                + "not json\n{\"execution_id\":\"b\",\"started_at\":\"2024-10-15T14:23:01Z\"}\n";
        assertThat(format.sniff(CollectingSink.sample("x.jsonl", own))).isEqualTo(95);
        assertThat(format.sniff(CollectingSink.sample("x.jsonl", "{\"execution_id\":\"a\"}\n"))).isZero();
        assertThat(format.sniff(CollectingSink.sample("x.jsonl", ""))).isZero();
    }
}
