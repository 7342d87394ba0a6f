package io.breakerboard.ingest.format.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceAssemblerTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static SpanRecord span(String id, String parent, StepKind kind, int startSec, int endSec) {
        SpanRecord s = new SpanRecord();
        s.traceId = "t";
        s.id = id;
        s.parentId = parent;
        s.kind = kind;
        s.name = id;
        s.spanName = id;
        s.start = T0.plusSeconds(startSec);
        s.end = T0.plusSeconds(endSec);
        return s;
    }

    @Test
    void withSeveralRootsAndNoAgentEverySpanIsAStepAndTheExecutionSpansThemAll() {
        SpanRecord a = span("a", null, StepKind.LLM_CALL, 0, 2);
        SpanRecord b = span("b", null, StepKind.LLM_CALL, 1, 5);
        b.failed = true;
        b.errorMessage = "timeout";

        Execution e = TraceAssembler.assemble("k", List.of(b, a), TraceContext.NONE);

        assertThat(e.steps()).extracting(Step::name).containsExactly("a", "b");
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void withSeveralRootsTheShallowestAgentSpanIsTheExecution() {
        SpanRecord agent = span("agent", null, StepKind.EVENT, 0, 10);
        agent.agentSpan = true;
        agent.agentName = new SpanRecord.AgentName("planner", 0);
        SpanRecord stray = span("stray", null, StepKind.EVENT, 11, 12);

        Execution e = TraceAssembler.assemble("k", List.of(stray, agent), TraceContext.NONE);

        assertThat(e.agent()).isEqualTo("planner");
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(e.steps()).extracting(Step::name).containsExactly("stray");
    }

    @Test
    void tokensAndCostCountAtTheLeavesIndependently() {
        SpanRecord root = span("root", null, StepKind.EVENT, 0, 10);
        SpanRecord wrapper = span("wrapper", "root", StepKind.LLM_CALL, 0, 9);
        wrapper.inputTokens = 100;
        wrapper.outputTokens = 10;
        wrapper.costMicros = 900L;
        SpanRecord call = span("call", "wrapper", StepKind.LLM_CALL, 1, 8);
        call.inputTokens = 100;
        call.outputTokens = 10;

        Execution e = TraceAssembler.assemble("k", List.of(root, wrapper, call), TraceContext.NONE);

        assertThat(e.inputTokens()).isEqualTo(100);
        assertThat(e.outputTokens()).isEqualTo(10);
        assertThat(e.costMicros()).as("only the wrapper states a cost").isEqualTo(900);
    }

    @Test
    void aParentCycleDoesNotHangAndStillYieldsAnExecution() {
        SpanRecord a = span("a", "b", StepKind.EVENT, 0, 1);
        SpanRecord b = span("b", "a", StepKind.EVENT, 1, 2);

        Execution e = TraceAssembler.assemble("k", List.of(a, b), TraceContext.NONE);

        assertThat(e.steps()).hasSize(2);
    }

    @Test
    void aTraceWithoutAnyTimeIsRefused() {
        assertThatThrownBy(() -> TraceAssembler.assemble("k", List.of(), TraceContext.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no start time");
    }
}
