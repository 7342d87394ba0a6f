package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditJsonlFormatTest {
    private final AuditJsonlFormat format = new AuditJsonlFormat();

    private static String line(String time, String session, String tool, boolean success, String error) {
        return "{\"timestamp\":\"2024-10-15T14:" + time + "Z\",\"user_id\":\"u-1\",\"session_id\":\"" + session + "\","
                + "\"agent\":\"support-router\",\"agent_step\":\"tool_call\",\"tool_name\":\"" + tool + "\","
                + "\"tool_args\":{\"q\":\"refund\"},\"tool_result_summary\":\"" + (success ? "5 articles" : "") + "\","
                + "\"cost_usd\":0.002,\"latency_ms\":120.5,\"success\":" + success + ",\"error\":"
                + (error == null ? "null" : "\"" + error + "\"") + "}";
    }

    @Test
    void groupsInterleavedSessionsIntoOneExecutionEach() {
        String content = String.join("\n",
                line("00:00", "s-1", "search_kb", true, null),
                line("00:01", "s-2", "search_kb", true, null),
                line("00:02", "s-1", "route_ticket", true, null),
                line("00:03", "s-2", "route_ticket", true, null),
                line("00:04", "s-1", "close_ticket", true, null));

        CollectingSink sink = CollectingSink.parse(format, content);

        assertThat(sink.rejected).isEmpty();
        Execution s1 = sink.byKey("s-1");
        assertThat(s1.steps()).extracting(Step::name).containsExactly("search_kb", "route_ticket", "close_ticket");
        assertThat(s1.sessionId()).isEqualTo("s-1");
        assertThat(s1.userId()).isEqualTo("u-1");
        assertThat(s1.agent()).isEqualTo("support-router");
        assertThat(s1.startedAt()).isEqualTo(Instant.parse("2024-10-15T14:00:00Z"));
        assertThat(s1.toolCalls()).isEqualTo(3);
        assertThat(s1.costMicros()).isEqualTo(Money.ofUsd(0.006));
        Step first = s1.steps().get(0);
        assertThat(first.kind()).isEqualTo(StepKind.TOOL_CALL);
        assertThat(first.input()).isEqualTo("{\"q\":\"refund\"}");
        assertThat(first.duration()).isEqualTo(Duration.ofNanos(120_500_000));
        assertThat(sink.byKey("s-2").steps()).hasSize(2);
    }

    @Test
    void aSessionThatRecoversSucceedsAndOneThatEndsOnAnErrorFails() {
        String content = String.join("\n",
                line("00:00", "ok", "search_kb", false, "tool search_kb failed: connection reset"),
                line("00:01", "ok", "search_kb", true, null),
                line("00:02", "bad", "approve_payment", true, null),
                line("00:03", "bad", "approve_payment", false, "403 Forbidden: missing permission"));

        CollectingSink sink = CollectingSink.parse(format, content);

        Execution ok = sink.byKey("ok");
        assertThat(ok.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(ok.toolFailures()).isEqualTo(1);
        assertThat(ok.retries()).isEqualTo(1);
        assertThat(ok.steps().get(0).failed()).isTrue();
        assertThat(ok.steps().get(0).errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        Execution bad = sink.byKey("bad");
        assertThat(bad.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(bad.errorKind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(bad.errorMessage()).isEqualTo("403 Forbidden: missing permission");
    }

    @Test
    void readsModelStepsWithTokensAndExtraFields() {
        String content = "{\"timestamp\":1729002181.5,\"session_id\":42,\"agent_step\":\"llm_call\",\"model\":\"gpt-4o\","
                + "\"tokens\":{\"input\":900,\"output\":120},\"cost_usd\":\"$0.0035\",\"latency_ms\":\"1.2s\",\"success\":\"true\","
                + "\"region\":\"eu-west-1\"}\n"
                + "{\"timestamp\":\"2024-10-15T14:23:03Z\",\"session_id\":\"42\",\"agent_step\":7,\"tokens\":300}";

        Execution e = CollectingSink.parse(format, content).only();

        assertThat(e.model()).isEqualTo("gpt-4o");
        Step llm = e.steps().get(0);
        assertThat(llm.kind()).isEqualTo(StepKind.LLM_CALL);
        assertThat(llm.at()).isEqualTo(Instant.parse("2024-10-15T14:23:01.500Z"));
        assertThat(llm.inputTokens()).isEqualTo(900);
        assertThat(llm.outputTokens()).isEqualTo(120);
        assertThat(llm.duration()).isEqualTo(Duration.ofMillis(1200));
        assertThat(llm.attributes()).containsEntry("region", "eu-west-1").containsEntry("agent_step", "llm_call");
        Step second = e.steps().get(1);
        assertThat(second.kind()).isEqualTo(StepKind.LLM_CALL);
        assertThat(second.inputTokens()).isEqualTo(300);
        assertThat(second.attributes()).containsEntry("agent_step", "7");
    }

    @Test
    void rejectsBadLinesWithReasons() {
        String content = String.join("\n",
                "{\"timestamp\":\"2024-10-15T14:00:00Z\",\"tool_name\":\"x\"}",
                "{\"session_id\":\"s\",\"tool_name\":\"x\"}",
                "{\"timestamp\":\"last tuesday\",\"session_id\":\"s\"}",
                "{\"timestamp\":\"2024-10-15T14:00:00Z\",\"session_id\":\"s\",\"success\":\"maybe\"}",
                "{\"timestamp\":\"2024-10-15T14:00:00Z\",\"session_id\":\"s\",\"tokens\":\"lots\"}",
                "{\"timestamp\":\"2024-10-15T14:00:00Z\",\"session_id\":\"s\",",
                line("00:00", "s", "search_kb", true, null));

        CollectingSink sink = CollectingSink.parse(format, content);

        assertThat(sink.executions).hasSize(1);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("missing field 'session_id'"),
                r -> assertThat(r).isEqualTo("missing field 'timestamp'"),
                r -> assertThat(r).contains("field 'timestamp'").contains("'last tuesday'"),
                r -> assertThat(r).contains("field 'success'").contains("'maybe'"),
                r -> assertThat(r).contains("field 'tokens'").contains("'lots'"),
                r -> assertThat(r).startsWith("invalid JSON"));
    }

    @Test
    void idleSessionsAreEmittedBeforeTheEndOfALongFile() throws Exception {
        StringBuilder content = new StringBuilder(line("00:00", "early", "search_kb", true, null)).append('\n');
        for (int i = 0; i < AuditSessions.IDLE_LINES + 2_000; i++) {
            content.append(line("01:00", "busy-" + (i % 4), "search_kb", true, null)).append('\n');
        }
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        LogSource source = LogSource.of("audit.jsonl", bytes.length, () -> new ByteArrayInputStream(bytes), () -> false);
        List<Long> readWhenEmitted = new ArrayList<>();
        List<String> keys = new ArrayList<>();

        format.parse(source, new ParseSink() {
            @Override
            public void execution(Execution e) {
                keys.add(e.key());
                readWhenEmitted.add(source.bytesRead());
            }

            @Override
            public void reject(long line, String reason, String raw) {
                throw new AssertionError(reason);
            }
        });

        assertThat(keys).hasSize(5).first().isEqualTo("early");
        assertThat(readWhenEmitted.get(0)).isLessThan(bytes.length);
    }

    @Test
    void aSessionIdSeenAgainAfterItsSessionWasEmittedStartsANumberedPart() {
        CollectingSink sink = new CollectingSink();
        AuditSessions sessions = new AuditSessions(sink, 3, 100);
        long no = 0;
        sessions.add(entry("s-1"), ++no);
        sessions.add(entry("s-2"), ++no);
        sessions.add(entry("s-2"), ++no);
        sessions.add(entry("s-2"), ++no);
        assertThat(sink.executions).extracting(Execution::key).containsExactly("s-1");

        sessions.add(entry("s-1"), ++no);
        sessions.emitAll();

        assertThat(sink.executions).extracting(Execution::key).containsExactly("s-1", "s-2", "s-1#2");
        assertThat(sink.executions.get(2).sessionId()).isEqualTo("s-1");
    }

    @Test
    void aSessionReachingTheStepLimitIsCutIntoParts() {
        CollectingSink sink = new CollectingSink();
        AuditSessions sessions = new AuditSessions(sink, 1_000, 2);
        for (int i = 1; i <= 5; i++) {
            sessions.add(entry("long"), i);
        }
        sessions.emitAll();

        assertThat(sink.executions).extracting(Execution::key).containsExactly("long", "long#2", "long#3");
        assertThat(sink.executions).extracting(e -> e.steps().size()).containsExactly(2, 2, 1);
        assertThat(sessions.openCount()).isZero();
    }

    @Test
    void detectsAuditLinesButNotCanonicalOnes() {
        String audit = line("00:00", "s", "search_kb", true, null) + "\n";
        String canonical = "{\"execution_id\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\",\"session_id\":\"s\"}\n";
        String claudeCodeLike = "{\"type\":\"user\",\"sessionId\":\"abc\",\"timestamp\":\"2024-10-15T14:23:01Z\"}\n";

        assertThat(format.sniff(CollectingSink.sample("a.jsonl", audit))).isEqualTo(90);
        assertThat(format.sniff(CollectingSink.sample("a.jsonl", canonical))).isZero();
        assertThat(format.sniff(CollectingSink.sample("a.jsonl", claudeCodeLike))).isZero();
    }

    private static AuditLineParser.Entry entry(String session) {
        return new AuditLineParser.Entry(session, null, "agent", null,
                Step.builder(StepKind.TOOL_CALL).name("t").at(Instant.parse("2024-10-15T14:00:00Z")).build());
    }
}
