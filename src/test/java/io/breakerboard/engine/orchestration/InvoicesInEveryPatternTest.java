package io.breakerboard.engine.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import org.junit.jupiter.api.Test;

/** The incident patterns given an invoice work through the invoice checks and answer with a decision. */
class InvoicesInEveryPatternTest {

    /** The first execution from seed 1 on that succeeds (tools fail now and then); deterministic. */
    private static Execution run(PatternKind pattern, Task task) {
        for (long seed = 1; seed < 50; seed++) {
            ExecutionSpec spec = new ExecutionSpec("inv-" + pattern.id() + "-" + task.id(),
                    AgentCatalog.get("payments-controller"), "payments-controller-1", pattern.id(), task, seed, "u", "s");
            Execution e = EngineFixtures.run(EngineFixtures.builder(EngineFixtures.clock()).runtime(), spec);
            if (e.outcome() == Outcome.SUCCESS) {
                return e;
            }
        }
        throw new AssertionError("no seed below 50 lets " + pattern + " finish " + task.id());
    }

    private static Task invoice(boolean fraud, boolean matches) {
        for (long seed = 1; ; seed++) {
            Task t = TaskCatalog.generate(Domain.FINANCE, seed);
            if (Boolean.parseBoolean(t.fact("fraud")) == fraud && t.fact("ledger").equals("match") == matches) {
                return t;
            }
        }
    }

    private static String answer(Execution e) {
        Step last = e.steps().get(e.steps().size() - 1);
        assertThat(last.kind()).isEqualTo(StepKind.AGENT_DONE);
        return last.output();
    }

    @Test
    void hierarchicalRejectsAFraudWithItsRiskSpecialistAndApprovesACleanInvoice() {
        Execution fraud = run(PatternKind.HIERARCHICAL, invoice(true, true));
        assertThat(answer(fraud)).startsWith("Reject INV-").contains("fraud pattern");
        assertThat(fraud.steps()).anyMatch(s -> s.kind() == StepKind.TOOL_CALL && "score_fraud".equals(s.name())
                && s.attributes().get("actor").endsWith("/risk"));

        Execution clean = run(PatternKind.HIERARCHICAL, invoice(false, true));
        assertThat(answer(clean)).startsWith("Approve INV-");
        assertThat(clean.steps()).anyMatch(s -> s.kind() == StepKind.TOOL_CALL && "reconcile_ledger".equals(s.name()));
    }

    @Test
    void iterativeRejectsAnInvoiceTheLedgerDoesNotMatch() {
        Execution e = run(PatternKind.ITERATIVE, invoice(false, false));
        assertThat(answer(e)).startsWith("Reject INV-").contains("does not match the purchase order");
    }
}
