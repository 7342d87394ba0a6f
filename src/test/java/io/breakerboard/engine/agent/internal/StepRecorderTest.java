package io.breakerboard.engine.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.RecordingAuditLog;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.guard.internal.AuditRecord;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepRecorderTest {
    private final ExecutionSpec spec = EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 3);
    private final Execution.Builder builder = Execution.builder(spec.key()).startedAt(EngineFixtures.T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final StepRecorder steps = new StepRecorder(builder, spec, audit, new TestRedactor());

    @Test
    void eachStepIsNumberedByPositionAndWrittenAsOneAuditLine() {
        steps.add(Step.builder(StepKind.AGENT_START).name("sre-triage").at(EngineFixtures.T0)
                .input("Investigate 5xx on checkout-api").build());
        steps.add(Step.builder(StepKind.TOOL_CALL).name("list_pods").at(EngineFixtures.T0)
                .duration(Duration.ofMillis(180)).input("{\"namespace\":\"commerce\"}").costMicros(0)
                .attributes(Map.of("tool", "list_pods")).build(), Map.of("namespace", "commerce"));
        assertThat(builder.steps()).extracting(Step::index).containsExactly(0, 1);
        assertThat(steps.size()).isEqualTo(2);
        AuditRecord start = audit.records().get(0);
        assertThat(start.userQuery()).isEqualTo("Investigate 5xx on checkout-api");
        assertThat(start.executionId()).isEqualTo(spec.key());
        assertThat(start.sessionId()).isEqualTo(spec.sessionId());
        assertThat(start.userId()).isEqualTo(spec.userId());
        AuditRecord call = audit.records().get(1);
        assertThat(call.step()).isEqualTo(1);
        assertThat(call.toolName()).isEqualTo("list_pods");
        assertThat(call.toolArgs()).containsEntry("namespace", "commerce");
        assertThat(call.userQuery()).isNull();
        assertThat(call.latency()).isEqualTo(Duration.ofMillis(180));
        assertThat(call.success()).isTrue();
        assertThat(call.error()).isNull();
    }

    @Test
    void secretsInInputAndOutputAreMaskedInTheStepAndTheAuditLine() {
        steps.add(Step.builder(StepKind.LLM_CALL).name("swift-mini").at(EngineFixtures.T0)
                .input("use key sk-abcdef123456 for ops@example.com").output("sent Bearer abc.def.ghi")
                .attributes(Map.of("model", "swift-mini")).build());
        Step s = builder.steps().get(0);
        assertThat(s.input()).isEqualTo("use key [REDACTED] for [REDACTED]");
        assertThat(s.output()).isEqualTo("sent [REDACTED]");
        assertThat(audit.records().get(0).toolResultSummary()).isEqualTo("sent [REDACTED]");
        assertThat(audit.records().get(0).model()).isEqualTo("swift-mini");
    }

    @Test
    void aFailedStepCarriesItsErrorOnTheAuditLineAndTheLastStepOfAKindIsFound() {
        steps.add(Step.builder(StepKind.TOOL_CALL).name("get_pod_logs").at(EngineFixtures.T0).build());
        steps.add(Step.builder(StepKind.TOOL_ERROR).name("get_pod_logs").at(EngineFixtures.T0)
                .failure(ErrorKind.TOOL_ERROR, "get_pod_logs: 503 Service Unavailable from backend").build());
        steps.add(Step.builder(StepKind.TOOL_CALL).name("describe_pod").at(EngineFixtures.T0).build());
        AuditRecord error = audit.records().get(1);
        assertThat(error.success()).isFalse();
        assertThat(error.error()).isEqualTo("get_pod_logs: 503 Service Unavailable from backend");
        assertThat(steps.last(StepKind.TOOL_CALL).name()).isEqualTo("describe_pod");
        assertThat(steps.last(StepKind.GUARDRAIL)).isNull();
    }
}
