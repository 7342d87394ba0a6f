package io.breakerboard.engine.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.RecordingAuditLog;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.ModelClient;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.internal.InMemoryCheckpointStore;
import io.breakerboard.engine.memory.internal.Journal;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** What an agent's model call becomes: retries, the fallback to the cheap model, malformed output, steps. */
class ModelGatewayTest {
    private static final Actor INVESTIGATOR = new Actor("sre-investigator", ModelCatalog.STRONG, Permission.READ);
    private static final Actor TRIAGE = new Actor("sre-triage", ModelCatalog.CHEAP, Permission.READ);

    private final VirtualClock clock = EngineFixtures.clock();
    private final ScriptedModels models = new ScriptedModels();
    private final Execution.Builder execution = Execution.builder("exec-model").startedAt(clock.now());

    /** Answers each model from its own script, then "ok". */
    private static final class ScriptedModels implements ModelClient {
        final Map<String, Deque<Attempt<ModelResponse>>> scripts = new HashMap<>();
        final Map<String, Integer> calls = new HashMap<>();

        ScriptedModels then(String model, Attempt<ModelResponse> a) {
            scripts.computeIfAbsent(model, k -> new ArrayDeque<>()).add(a);
            return this;
        }

        @Override
        public synchronized Attempt<ModelResponse> attempt(ModelRequest request, RandomGenerator random) {
            calls.merge(request.model(), 1, Integer::sum);
            Deque<Attempt<ModelResponse>> script = scripts.get(request.model());
            Attempt<ModelResponse> next = script == null ? null : script.poll();
            return next != null ? next : Attempt.ok(new ModelResponse(request.model(), "ok from " + request.model()),
                    Duration.ofMillis(400), new Usage(request.inputTokens(), 20, 30));
        }
    }

    private static Attempt<ModelResponse> failed(FailureType type, String message) {
        return Attempt.failed(new CallFailure(type, message), Duration.ofMillis(200));
    }

    private ExecutionContext context() {
        EngineRuntime rt = EngineFixtures.builder(clock).models(models).runtime();
        ExecutionSpec spec = EngineFixtures.spec("sre-investigator", PatternKind.ITERATIVE, 5);
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
    void aTransientFailureIsRetriedAndEachAttemptIsAStep() {
        models.then(ModelCatalog.STRONG, failed(FailureType.SERVER_ERROR, "503 from atlas-pro: upstream overloaded"));
        ModelReply reply = context().think(INVESTIGATOR, "reason", "What next?", 90, "unused");
        assertThat(reply.text()).isEqualTo("ok from atlas-pro");
        assertThat(steps()).extracting(Step::kind).containsExactly(StepKind.API_ERROR, StepKind.LLM_CALL);
        assertThat(steps().get(0).errorKind()).isEqualTo(ErrorKind.MODEL_ERROR);
        assertThat(steps().get(0).attributes()).containsEntry("attempt", "1");
        assertThat(steps().get(1).attributes()).containsEntry("attempt", "2").containsEntry("model", "atlas-pro");
        assertThat(steps().get(1).costMicros()).isEqualTo(30);
    }

    @Test
    void whenTheStrongModelStaysDownTheCheapModelAnswers() {
        for (int i = 0; i < 4; i++) {
            models.then(ModelCatalog.STRONG, failed(FailureType.SERVER_ERROR, "503 from atlas-pro"));
        }
        ModelReply reply = context().think(INVESTIGATOR, "reason", "What next?", 90, "unused");
        assertThat(reply.text()).isEqualTo("ok from swift-mini");
        assertThat(models.calls).containsEntry(ModelCatalog.STRONG, 4).containsEntry(ModelCatalog.CHEAP, 1);
        Step answered = steps().get(steps().size() - 1);
        assertThat(answered.name()).isEqualTo(ModelCatalog.CHEAP);
        assertThat(answered.kind()).isEqualTo(StepKind.LLM_CALL);
    }

    @Test
    void malformedOutputIsBilledAndHandedBackToAskAgainWithoutRetryOrFallback() {
        models.then(ModelCatalog.STRONG, Attempt.ok(new ModelResponse(ModelCatalog.STRONG, "{oops"),
                Duration.ofMillis(300), new Usage(100, 40, 55)).withFailure(new CallFailure(FailureType.MALFORMED,
                "atlas-pro returned output that is not valid tool-call JSON")));
        ModelReply reply = context().think(INVESTIGATOR, "reason", "What next?", 90, "unused");
        assertThat(reply.malformed()).isTrue();
        assertThat(reply.text()).isNull();
        assertThat(models.calls).containsOnlyKeys(ModelCatalog.STRONG).containsEntry(ModelCatalog.STRONG, 1);
        assertThat(steps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.LLM_CALL);
            assertThat(s.errorKind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
            assertThat(s.costMicros()).isEqualTo(55);
        });
    }

    @Test
    void aRefusedKeyIsNotRetriedAndWithoutAFallbackTheAgentCannotThink() {
        models.then(ModelCatalog.CHEAP, failed(FailureType.PERMISSION_DENIED, "401 from swift-mini: bad key"));
        CallUnavailable down = catchThrowableOfType(
                () -> context().think(TRIAGE, "reason", "What next?", 90, "unused"), CallUnavailable.class);
        assertThat(down.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(down).hasMessage("401 from swift-mini: bad key");
        assertThat(models.calls).containsEntry(ModelCatalog.CHEAP, 1);
    }
}
