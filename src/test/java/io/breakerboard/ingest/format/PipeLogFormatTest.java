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
import org.junit.jupiter.api.Test;

class PipeLogFormatTest {
    private final PipeLogFormat format = new PipeLogFormat();

    private static final String FULL_RUN = String.join("\n",
            "2024-10-15 14:23:01 | AGENT_START | task=\"Refund order 1182 | priority\" | agent=support-router",
            "[14:23:01] MEMORY_RECALL | source=vector-store | query=\"refund policy\" | result=\"3 notes\"",
            "[14:23:02] PLAN | \"look up order, then refund\"",
            "[14:23:02] LLM_CALL | model=claude-3-haiku | tokens=1200/320 | cost=$0.0007 | latency=1.2s",
            "[14:23:03] REASONING | \"the order is eligible\"",
            "[14:23:03] TOOL_CALL | tool=get_order | args=\"{\\\"id\\\": 1182}\"",
            "[14:23:04] TOOL_RESULT | tool=get_order | latency=120ms | status=ok | result=\"paid, 49.00 EUR\"",
            "[14:23:04] TOOL_CALL | tool=refund | args=\"{}\"",
            "[14:23:05] TOOL_ERROR | tool=refund | error=\"tool refund failed: connection reset\" | latency=300ms",
            "[14:23:06] API_ERROR | model=claude-3-haiku | error=\"429 Too Many Requests: rate limit exceeded\"",
            "[14:23:08] LLM_CALL | model=claude-3-haiku | tokens=1500 | cost=$0.0004",
            "[14:23:08] TOOL_CALL | tool=refund | args=\"{}\"",
            "[14:23:09] TOOL_RESULT | tool=refund | latency=1.5s | status=ok",
            "[14:23:09] GUARDRAIL | rule=pii | reason=\"masked card number\" | cost=$0.0011",
            "[14:23:10] CACHE_WRITE | ttl=3600 | \"stored answer\"",
            "[14:23:15] AGENT_DONE | iterations=2 | cost=$0.03 | duration=14s");

    @Test
    void readsOneRunWithEveryEventKind() {
        CollectingSink sink = CollectingSink.parse(format, FULL_RUN);

        assertThat(sink.rejected).isEmpty();
        Execution e = sink.only();
        assertThat(e.agent()).isEqualTo("support-router");
        assertThat(e.task()).isEqualTo("Refund order 1182 | priority");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2024-10-15T14:23:01Z"));
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.iterations()).isEqualTo(2);
        assertThat(e.costMicros()).isEqualTo(Money.ofUsd(0.03));
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(14));
        assertThat(e.model()).isEqualTo("claude-3-haiku");
        assertThat(e.inputTokens()).isEqualTo(2700);
        assertThat(e.outputTokens()).isEqualTo(320);
        assertThat(e.toolCalls()).isEqualTo(3);
        assertThat(e.toolFailures()).isEqualTo(1);
        assertThat(e.retries()).isEqualTo(2);
        assertThat(e.key()).startsWith("sha256:");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.AGENT_START, StepKind.MEMORY_RECALL,
                StepKind.PLAN, StepKind.LLM_CALL, StepKind.REASONING, StepKind.TOOL_CALL, StepKind.TOOL_RESULT,
                StepKind.TOOL_CALL, StepKind.TOOL_ERROR, StepKind.API_ERROR, StepKind.LLM_CALL, StepKind.TOOL_CALL,
                StepKind.TOOL_RESULT, StepKind.GUARDRAIL, StepKind.EVENT, StepKind.AGENT_DONE);

        Step call = e.steps().get(5);
        assertThat(call.name()).isEqualTo("get_order");
        assertThat(call.input()).isEqualTo("{\"id\": 1182}");
        Step result = e.steps().get(6);
        assertThat(result.duration()).isEqualTo(Duration.ofMillis(120));
        assertThat(result.output()).isEqualTo("paid, 49.00 EUR");
        assertThat(result.failed()).isFalse();
        Step toolError = e.steps().get(8);
        assertThat(toolError.failed()).isTrue();
        assertThat(toolError.errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        Step apiError = e.steps().get(9);
        assertThat(apiError.errorKind()).isEqualTo(ErrorKind.RATE_LIMIT);
        Step guardrail = e.steps().get(13);
        assertThat(guardrail.costMicros()).isZero();
        assertThat(guardrail.output()).isEqualTo("masked card number");
        Step unknown = e.steps().get(14);
        assertThat(unknown.name()).isEqualTo("CACHE_WRITE");
        assertThat(unknown.attributes()).containsEntry("ttl", "3600").containsEntry("text", "stored answer");
        assertThat(e.steps().get(2).output()).isEqualTo("look up order, then refund");
    }

    @Test
    void incompleteRunsArePartialWithTheirReason() {
        String log = String.join("\n",
                "2024-10-15 10:00:00 | AGENT_START | agent=research-assistant | task=brief",
                "[10:00:05] GUARDRAIL | rule=budget | reason=\"budget exceeded: spent $0.52 of $0.50\" | cost=$0.52",
                "[10:00:05] AGENT_INCOMPLETE | reason=\"stopped by guardrail\"",
                "2024-10-15 10:01:00 | AGENT_START | agent=code-reviewer",
                "[10:01:30] AGENT_DONE | status=failure | error=\"tool run_linter timed out after 30s\"",
                "2024-10-15 10:02:00 | AGENT_START | agent=approval-bot",
                "[10:02:01] TOOL_CALL | tool=get_request",
                "2024-10-15 10:03:00 | AGENT_START | agent=fraud-scorer",
                "[10:03:01] LLM_CALL | model=gpt-4o-mini | tokens=900/80");

        CollectingSink sink = CollectingSink.parse(format, log);

        assertThat(sink.executions).extracting(Execution::agent)
                .containsExactly("research-assistant", "code-reviewer", "approval-bot", "fraud-scorer");
        Execution budget = sink.executions.get(0);
        assertThat(budget.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(budget.errorKind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
        assertThat(budget.errorMessage()).isEqualTo("stopped by guardrail");
        Execution failed = sink.executions.get(1);
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        Execution interrupted = sink.executions.get(2);
        assertThat(interrupted.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(interrupted.errorMessage()).isEqualTo("a new AGENT_START began at line 8 before AGENT_DONE");
        Execution cut = sink.executions.get(3);
        assertThat(cut.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(cut.errorMessage()).isEqualTo("log ends before AGENT_DONE");
    }

    @Test
    void timeOnlyLinesTakeTheDateOfTheLastDatedLineAndCrossMidnight() {
        String log = String.join("\n",
                "2024-10-15 23:59:58 | AGENT_START | agent=reconciler",
                "[23:59:59] TOOL_CALL | tool=query_ledger",
                "[00:00:02] TOOL_RESULT | tool=query_ledger | status=ok",
                "[00:00:03.250] AGENT_DONE");

        Execution e = CollectingSink.parse(format, log).only();

        assertThat(e.steps()).extracting(Step::at).containsExactly(Instant.parse("2024-10-15T23:59:58Z"),
                Instant.parse("2024-10-15T23:59:59Z"), Instant.parse("2024-10-16T00:00:02Z"),
                Instant.parse("2024-10-16T00:00:03.250Z"));
        assertThat(e.duration()).isEqualTo(Duration.ofMillis(5_250));
    }

    @Test
    void timeOnlyLinesBeforeTheFirstDatedLineTakeItsDate() {
        String log = String.join("\n",
                "[23:59:50] AGENT_START | agent=sre-triage",
                "[23:59:55] TOOL_CALL | tool=search_logs",
                "2024-10-16 00:00:01 | TOOL_RESULT | tool=search_logs | status=ok",
                "[00:00:02] AGENT_DONE");

        Execution e = CollectingSink.parse(format, log).only();

        assertThat(e.startedAt()).isEqualTo(Instant.parse("2024-10-15T23:59:50Z"));
        assertThat(e.steps().get(3).at()).isEqualTo(Instant.parse("2024-10-16T00:00:02Z"));
    }

    @Test
    void datedLinesWithAnOffsetSetTheZoneOfTimeOnlyLines() {
        String log = "2024-10-15T16:00:00+02:00 | AGENT_START | agent=a\n[16:00:05] AGENT_DONE\n";

        Execution e = CollectingSink.parse(format, log).only();

        assertThat(e.startedAt()).isEqualTo(Instant.parse("2024-10-15T14:00:00Z"));
        assertThat(e.steps().get(1).at()).isEqualTo(Instant.parse("2024-10-15T14:00:05Z"));
    }

    @Test
    void aFileWithoutAnyDateRejectsItsTimeOnlyLines() {
        CollectingSink sink = CollectingSink.parse(format, "[10:00:00] AGENT_START | agent=a\n[10:00:01] AGENT_DONE\n");

        assertThat(sink.executions).isEmpty();
        assertThat(sink.rejected).hasSize(2);
        assertThat(sink.rejected.get(0).reason()).contains("time-only line [10:00:00]").contains("carries a date");
    }

    @Test
    void rejectsBadLinesWithReasonsAndKeepsTheRun() {
        String log = String.join("\n",
                "[14:00:00] TOOL_CALL | tool=x",
                "2024-10-15 14:00:00 | AGENT_START | agent=a",
                "this is not a pipe line",
                "[14:00:01] tool_call | tool=x",
                "[14:00:02] TOOL_RESULT | tool=x | latency=soon",
                "[25:00:00] TOOL_RESULT | tool=x",
                "[14:00:03] LLM_CALL | tokens=many",
                "[14:00:04] AGENT_DONE | cost=lots",
                "[14:00:05]",
                "[14:00:06] AGENT_DONE | cost=$0.01");

        CollectingSink sink = CollectingSink.parse(format, log);

        assertThat(sink.only().costMicros()).isEqualTo(10_000);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::line).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("TOOL_CALL before any AGENT_START"),
                r -> assertThat(r).startsWith("line does not start with a time"),
                r -> assertThat(r).contains("'tool_call' is not an event name"),
                r -> assertThat(r).contains("field 'latency'").contains("'soon'"),
                r -> assertThat(r).contains("'25:00:00' is not a time of day"),
                r -> assertThat(r).contains("field 'tokens'").contains("'many'"),
                r -> assertThat(r).contains("field 'cost'").contains("'lots'"),
                r -> assertThat(r).startsWith("missing event name"));
    }

    @Test
    void theSameLogGivesTheSameKeys() {
        String a = CollectingSink.parse(format, FULL_RUN).only().key();
        String b = CollectingSink.parse(format, FULL_RUN).only().key();
        String changed = CollectingSink.parse(format, FULL_RUN.replace("cost=$0.03", "cost=$0.04")).only().key();

        assertThat(a).isEqualTo(b).isNotEqualTo(changed);
    }

    @Test
    void detectsPipeLogsOfBothTimeShapes() {
        assertThat(format.sniff(CollectingSink.sample("a.log", FULL_RUN))).isEqualTo(90);
        assertThat(format.sniff(CollectingSink.sample("a.log", "[14:23:01] AGENT_START | agent=a\n"))).isEqualTo(90);
        assertThat(format.sniff(CollectingSink.sample("a.log", "2024-10-15 14:23:01 INFO started server\n"))).isZero();
        assertThat(format.sniff(CollectingSink.sample("a.csv", "2024-10-15 14:23:01,sre-triage,success\n"))).isZero();
    }
}
