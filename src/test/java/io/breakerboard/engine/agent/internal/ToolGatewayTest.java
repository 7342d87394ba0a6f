package io.breakerboard.engine.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.CountingTool;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.RecordingAuditLog;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.internal.InMemoryCheckpointStore;
import io.breakerboard.engine.memory.internal.Journal;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** What an agent's tool call becomes: the cache, the alternative tool, the stale result, and the gaps. */
class ToolGatewayTest {
    private static final Actor TRIAGE = AgentCatalog.get("sre-triage").actor();

    private final VirtualClock clock = EngineFixtures.clock();
    private final ExecutionSpec spec = EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 9);
    private final String pod = spec.task().fact("pod");
    private Execution.Builder execution;

    /** A tool that is down: every attempt a 503, counted. */
    private static final class DownTool implements Tool {
        private final ToolSpec spec;
        int attempts;

        DownTool(ToolSpec spec) {
            this.spec = spec;
        }

        @Override
        public ToolSpec spec() {
            return spec;
        }

        @Override
        public Attempt<ToolOutput> attempt(ToolCall call, Task task, RandomGenerator random) {
            attempts++;
            return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR, spec.name() + ": 503"), Duration.ofMillis(50));
        }
    }

    private ExecutionContext context(EngineRuntime rt) {
        execution = Execution.builder(spec.key()).startedAt(clock.now());
        StepRecorder steps = new StepRecorder(execution, spec, new RecordingAuditLog(), new TestRedactor());
        Journal journal = Journal.fresh(new InMemoryCheckpointStore(), new CheckpointHeader(spec.key(),
                spec.agent().name(), spec.instance(), spec.pattern(), spec.task().domain().name(), spec.task().seed(),
                spec.seed(), spec.userId(), spec.sessionId(), clock.now()));
        return new ExecutionContext(rt, spec, steps, journal);
    }

    private List<Step> steps() {
        return execution.steps();
    }

    @Test
    void whenAToolIsDownItsAlternativeAnswersAndTheObservationSaysSo() {
        DownTool logs = new DownTool(ToolCatalog.standard().get("get_pod_logs").spec());
        CountingTool describe = new CountingTool(ToolCatalog.standard().get("describe_pod"));
        EngineRuntime rt = EngineFixtures.builder(clock).tools(ToolCatalog.standard().with(logs).with(describe)).runtime();
        ExecutionContext ctx = context(rt);
        ToolObservation o = ctx.tool(TRIAGE, ToolCall.of("get_pod_logs", "pod", pod, "tail", "200"));
        assertThat(o.ok()).isTrue();
        assertThat(o.recoveredBy()).isEqualTo("alternative tool describe_pod");
        assertThat(o.text()).endsWith("[alternative tool describe_pod]");
        assertThat(logs.attempts).as("retried before falling back").isGreaterThan(1);
        assertThat(describe.attempts()).isGreaterThanOrEqualTo(1);
        assertThat(ctx.standIns()).containsExactly("get_pod_logs (answered by alternative tool describe_pod)");
        Step result = steps().stream().filter(s -> s.kind() == StepKind.TOOL_RESULT).findFirst().orElseThrow();
        assertThat(result.attributes()).containsEntry("fallback", "alternative tool describe_pod");
        assertThat(steps()).filteredOn(s -> s.kind() == StepKind.TOOL_CALL).extracting(Step::name)
                .contains("get_pod_logs", "describe_pod");
    }

    @Test
    void aSecondIdenticalCallIsServedFromTheCacheAndShowsTheFeeItSaved() {
        CountingTool health = new CountingTool(ToolCatalog.standard().get("check_service_health"));
        EngineRuntime rt = EngineFixtures.builder(clock).tools(ToolCatalog.standard().with(health)).runtime();
        ExecutionContext ctx = context(rt);
        ToolCall call = ToolCall.of("check_service_health", "service", spec.task().fact("service"));
        ToolObservation first = firstAnswer(ctx, call);
        int reached = health.attempts();
        ToolObservation second = ctx.tool(TRIAGE, call);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(health.attempts()).isEqualTo(reached);
        Step cached = steps().get(steps().size() - 2);
        assertThat(cached.kind()).isEqualTo(StepKind.TOOL_CALL);
        assertThat(cached.attributes()).containsEntry("cached", "true").containsEntry("saved_micros", "200");
        assertThat(cached.costMicros()).isZero();
    }

    @Test
    void aToolDownWithNothingToStandInLeavesAGapTheAnswerWillName() {
        DownTool deploys = new DownTool(ToolCatalog.standard().get("get_recent_deploys").spec());
        EngineRuntime rt = EngineFixtures.builder(clock).tools(ToolCatalog.standard().with(deploys)).runtime();
        ExecutionContext ctx = context(rt);
        ToolObservation o = ctx.tool(TRIAGE, ToolCall.of("get_recent_deploys", "service",
                spec.task().fact("service"), "hours", "6"));
        assertThat(o.ok()).isFalse();
        assertThat(o.text()).isEqualTo("error: get_recent_deploys: 503");
        assertThat(ctx.gaps()).containsExactly("get_recent_deploys unavailable (SERVER_ERROR)");
        assertThat(ctx.gapKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(steps()).filteredOn(s -> s.kind() == StepKind.TOOL_ERROR).isNotEmpty()
                .allSatisfy(s -> assertThat(s.errorKind()).isEqualTo(ErrorKind.TOOL_ERROR));
    }

    private ToolObservation firstAnswer(ExecutionContext ctx, ToolCall call) {
        ToolObservation o = ctx.tool(TRIAGE, call);
        assertThat(o.ok()).as("the simulated tool answered on this seed").isTrue();
        assertThat(o.recoveredBy()).isNull();
        return o;
    }
}
