package io.breakerboard.engine.orchestration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class OrchestrationPatternsTest {

    /** The first execution from seed 1 on that satisfies the condition; deterministic. */
    private static Execution first(String agent, PatternKind pattern, Predicate<Execution> wanted) {
        for (long seed = 1; seed < 300; seed++) {
            EngineRuntime rt = EngineFixtures.builder(EngineFixtures.clock()).runtime();
            Execution e = EngineFixtures.run(rt, EngineFixtures.spec(agent, pattern, seed));
            if (wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no seed below 300 gives the wanted " + pattern + " execution");
    }

    private static List<String> tools(Execution e) {
        return e.steps().stream().filter(s -> s.kind() == StepKind.TOOL_CALL).map(Step::name).distinct().toList();
    }

    private static boolean succeeded(Execution e) {
        return e.outcome() == Outcome.SUCCESS;
    }

    @Test
    void everyExecutionStartsAndEndsLikeAnImportedOne() {
        Execution e = first("sre-triage", PatternKind.ITERATIVE, x -> true);
        assertThat(e.source()).isEqualTo("engine");
        assertThat(e.format()).isEqualTo("engine");
        assertThat(e.steps().get(0).kind()).isEqualTo(StepKind.AGENT_START);
        assertThat(e.steps().get(1).kind()).isEqualTo(StepKind.MEMORY_RECALL);
        assertThat(e.steps().get(e.steps().size() - 1).kind()).isIn(StepKind.AGENT_DONE, StepKind.AGENT_INCOMPLETE);
        assertThat(e.costMicros()).isPositive();
        assertThat(e.inputTokens()).isPositive();
    }

    @Test
    void everyExecutionNamesThePatternThatRanIt() {
        for (PatternKind pattern : PatternKind.values()) {
            String agent = pattern.domain() == io.breakerboard.engine.sim.Domain.SRE ? "sre-triage" : "invoice-clerk";
            assertThat(first(agent, pattern, x -> true).pattern()).as(pattern.name()).isEqualTo(pattern.id());
        }
    }

    @Test
    void sequentialRunsValidateThenExtractThenCheck() {
        Execution e = first("payments-controller", PatternKind.SEQUENTIAL, OrchestrationPatternsTest::succeeded);
        assertThat(tools(e)).startsWith("validate_invoice", "extract_invoice_fields", "score_fraud");
    }

    @Test
    void sequentialStopsAtAFailedStage() {
        Execution e = first("invoice-clerk", PatternKind.SEQUENTIAL, x -> x.outcome() == Outcome.PARTIAL
                && x.steps().stream().anyMatch(s -> s.kind() == StepKind.TOOL_ERROR));
        assertThat(e.steps().get(e.steps().size() - 1).output()).startsWith("Stopped at");
    }

    @Test
    void hierarchicalPlansThenDelegatesToSpecialists() {
        Execution e = first("sre-investigator", PatternKind.HIERARCHICAL, OrchestrationPatternsTest::succeeded);
        Step plan = e.steps().stream().filter(s -> s.kind() == StepKind.PLAN).findFirst().orElseThrow();
        assertThat(plan.output()).contains("specialist");
        assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.LLM_CALL && "atlas-pro".equals(s.name())
                && s.attributes().get("actor").endsWith("/planner"));
        assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.TOOL_CALL
                && s.attributes().get("actor").matches("sre-investigator/(cluster|logs|deploys)"));
        assertThat(e.steps().get(e.steps().size() - 1).output()).startsWith("Root cause:");
    }

    @Test
    void iterativeCritiquesAndRefinesUntilTheAnswerHolds() {
        Execution e = first("sre-triage", PatternKind.ITERATIVE, x -> succeeded(x) && x.steps().stream()
                .anyMatch(s -> "reflect".equals(s.attributes().get("purpose"))));
        long critiques = e.steps().stream().filter(s -> s.kind() == StepKind.REASONING
                && "critique".equals(s.attributes().get("purpose"))).count();
        assertThat(critiques).isBetween(2L, 1L + IterativePattern.MAX_REFINEMENTS);
    }

    @Test
    void stateMachineMovesPendingReviewApproved() {
        Execution e = first("payments-controller", PatternKind.STATE_MACHINE, OrchestrationPatternsTest::succeeded);
        List<String> transitions = e.steps().stream().filter(s -> StateMachinePattern.GUARD.equals(s.name())
                && s.kind() == StepKind.REASONING).map(Step::output).toList();
        assertThat(transitions).containsAnyOf("PENDING -> REVIEW");
        assertThat(transitions.get(transitions.size() - 1)).isIn("REVIEW -> APPROVED", "REVIEW -> REJECTED");
    }

    @Test
    void stateMachineRefusesAnIllegalTransitionAndRecordsIt() {
        AgentSpec controller = AgentCatalog.get("payments-controller");
        AgentSpec sloppy = AgentSpec.builder("sloppy-controller", controller.domain()).role(controller.role())
                .model("swift-mini").tools(controller.tools()).maxIterations(8).instances(1).carefulness(0.6).build();
        Execution e = null;
        for (long seed = 1; seed < 100; seed++) {
            e = EngineFixtures.run(EngineFixtures.builder(EngineFixtures.clock()).runtime(),
                    EngineFixtures.spec(sloppy, PatternKind.STATE_MACHINE, seed));
            if (e.steps().stream().anyMatch(s -> s.kind() == StepKind.GUARDRAIL)) {
                break;
            }
        }
        Step refused = e.steps().stream().filter(s -> s.kind() == StepKind.GUARDRAIL).findFirst().orElseThrow();
        assertThat(refused.errorKind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(refused.output()).startsWith("illegal transition PENDING -> APPROVED");
    }

    @Test
    void votingReachesAMajorityAndLaterVotersReadTheCache() {
        Execution e = first("invoice-clerk", PatternKind.VOTING, OrchestrationPatternsTest::succeeded);
        long voters = e.steps().stream().filter(s -> s.kind() == StepKind.REASONING
                && "vote".equals(s.attributes().get("purpose"))).count();
        assertThat(voters).isEqualTo(5);
        Step consensus = e.steps().stream().filter(s -> "consensus".equals(s.input())).findFirst().orElseThrow();
        assertThat(consensus.attributes()).containsEntry("quorum", "3");
        assertThat(e.steps()).anyMatch(s -> "true".equals(s.attributes().get("cached")));
        assertThat(e.steps().get(e.steps().size() - 1).output()).containsPattern("(Approve|Reject) INV-\\d{6} by majority");
    }
}
