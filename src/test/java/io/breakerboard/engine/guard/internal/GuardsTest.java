package io.breakerboard.engine.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.CountingTool;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.RecordingAuditLog;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.agent.internal.StepRecorder;
import io.breakerboard.engine.agent.internal.ToolObservation;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.internal.InMemoryCheckpointStore;
import io.breakerboard.engine.memory.internal.Journal;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuardsTest {
    private VirtualClock clock;
    private RecordingAuditLog audit;
    private CountingTool approve;
    private EngineRuntime rt;

    @BeforeEach
    void setUp() {
        clock = EngineFixtures.clock();
        audit = new RecordingAuditLog();
        approve = new CountingTool(ToolCatalog.standard().get("approve_payment"));
        rt = EngineFixtures.builder(clock).audit(audit).tools(ToolCatalog.standard().with(approve)).runtime();
    }

    private ExecutionContext context(ExecutionSpec spec) {
        Execution.Builder b = Execution.builder(spec.key()).startedAt(clock.now());
        StepRecorder steps = new StepRecorder(b, spec, audit, new TestRedactor());
        Journal journal = Journal.fresh(new InMemoryCheckpointStore(), new CheckpointHeader(spec.key(), spec.agent().name(),
                spec.instance(), spec.pattern(), spec.task().domain().name(), spec.task().seed(), spec.seed(),
                spec.userId(), spec.sessionId(), clock.now()));
        ctx = b;
        return new ExecutionContext(rt, spec, steps, journal);
    }

    private Execution.Builder ctx;

    private List<Step> steps() {
        return ctx.steps();
    }

    @Test
    void aToolAboveTheRoleIsRefusedBeforeTheCallAndTheRefusalIsLogged() {
        ExecutionContext c = context(EngineFixtures.spec("invoice-clerk", PatternKind.SEQUENTIAL, 1));
        Actor clerk = new Actor("invoice-clerk", "swift-mini", Permission.WRITE);
        ToolObservation o = c.tool(clerk, ToolCall.of("approve_payment", "invoice_id", "INV-004211", "amount", "120.00"));
        assertThat(o.ok()).isFalse();
        assertThat(approve.attempts()).isZero();
        Step denial = steps().get(0);
        assertThat(denial.kind()).isEqualTo(StepKind.GUARDRAIL);
        assertThat(denial.errorKind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(denial.output()).contains("role WRITE").contains("requires ADMIN");
        AuditRecord line = audit.records().get(0);
        assertThat(line.agentStep()).isEqualTo("GUARDRAIL");
        assertThat(line.toolName()).isEqualTo("approve_payment");
        assertThat(line.success()).isFalse();
        assertThat(line.error()).contains("may not call approve_payment");
    }

    @Test
    void argumentsAgainstTheSchemaAreRejectedWithAClearMessage() {
        ExecutionContext c = context(EngineFixtures.spec("payments-controller", PatternKind.SEQUENTIAL, 1));
        Actor admin = AgentCatalog.get("payments-controller").actor();
        ToolObservation o = c.tool(admin, ToolCall.of("approve_payment", "invoice_id", "INV-004211", "amount", "12,400.00"));
        assertThat(o.ok()).isFalse();
        assertThat(approve.attempts()).isZero();
        assertThat(steps().get(0).errorKind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(steps().get(0).output())
                .isEqualTo("approve_payment: argument 'amount' must be a decimal number like 1234.50, got '12,400.00'");
        c.tool(admin, ToolCall.of("approve_payment", "invoice_id", "INV-004211", "amount", "1.00", "note", "x"));
        assertThat(steps().get(1).output()).contains("unknown argument 'note'");
    }

    @Test
    void theThirdIdenticalCallOfAnAgentIsALoop() {
        ExecutionContext c = context(EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 1));
        Actor triage = AgentCatalog.get("sre-triage").actor();
        ToolCall same = ToolCall.of("describe_pod", "pod", "checkout-api-1f2e-ab");
        c.tool(triage, same);
        c.tool(triage, same);
        c.tool(new Actor("another-agent", "swift-mini", Permission.READ), same);
        assertThatThrownBy(() -> c.tool(triage, same)).isInstanceOfSatisfying(GuardStop.class, g -> {
            assertThat(g.kind()).isEqualTo(ErrorKind.LOOP_DETECTED);
            assertThat(g.getMessage()).contains("describe_pod").contains("3 times");
        });
    }

    @Test
    void theExecutionBudgetStopsTheRunWithAPartialOutcome() {
        EngineRuntime poor = EngineFixtures.builder(clock).audit(audit)
                .guards(GuardSettings.defaults().withExecutionBudget(Money.ofUsd(0.02))).runtime();
        Execution e = EngineFixtures.run(poor, EngineFixtures.spec("sre-investigator", PatternKind.HIERARCHICAL, 3));
        assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
        assertThat(e.costMicros()).isLessThanOrEqualTo(Money.ofUsd(0.02));
        Step guard = e.steps().stream().filter(s -> s.kind() == StepKind.GUARDRAIL).findFirst().orElseThrow();
        assertThat(guard.name()).isEqualTo(CostBudget.NAME);
        assertThat(guard.output()).contains("execution budget of $0.02");
        assertThat(e.steps().get(e.steps().size() - 1).kind()).isEqualTo(StepKind.AGENT_INCOMPLETE);
        assertThat(e.steps().get(e.steps().size() - 1).output()).startsWith("Partial answer");
    }

    @Test
    void theDailyBudgetStopsLaterExecutionsOfTheDay() {
        EngineRuntime poor = EngineFixtures.builder(clock).audit(audit)
                .guards(GuardSettings.defaults().withDailyBudget(Money.ofUsd(0.05))).runtime();
        Execution last = null;
        for (int i = 0; i < 10 && (last == null || last.errorKind() != ErrorKind.BUDGET_EXCEEDED); i++) {
            last = EngineFixtures.run(poor, EngineFixtures.spec("sre-investigator", PatternKind.ITERATIVE, 100 + i));
        }
        assertThat(last.errorKind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
        assertThat(last.steps()).anyMatch(s -> s.kind() == StepKind.GUARDRAIL && s.output().contains("daily budget"));
        assertThat(poor.spend().spentToday()).isLessThanOrEqualTo(Money.ofUsd(0.05));
    }

    @Test
    void runningOutOfIterationsGivesAPartialAnswer() {
        AgentSpec hasty = AgentSpec.builder("hasty", io.breakerboard.engine.sim.Domain.SRE).role(Permission.READ)
                .model("swift-mini").tools(AgentCatalog.get("sre-triage").tools()).maxIterations(2).instances(1)
                .carefulness(0.99).build();
        Execution e = EngineFixtures.run(rt, EngineFixtures.spec(hasty, PatternKind.ITERATIVE, 5));
        assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.MAX_ITERATIONS);
        assertThat(e.iterations()).isEqualTo(2);
        assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.GUARDRAIL && s.errorKind() == ErrorKind.MAX_ITERATIONS);
        assertThat(e.steps().get(e.steps().size() - 1).output()).startsWith("Partial answer").contains("iterations");
    }
}
