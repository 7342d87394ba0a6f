package io.breakerboard.engine.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.internal.SimulatedTool;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Votes and critiques come from the evidence each voter or critic received, and success from the ground truth. */
class VotingAndCritiqueTest {

    private static Execution run(ToolCatalog tools, PatternKind pattern, String agent, long seed) {
        EngineRuntime rt = EngineFixtures.builder(EngineFixtures.clock()).tools(tools).runtime();
        return EngineFixtures.run(rt, EngineFixtures.spec(agent, pattern, seed));
    }

    private static boolean fraud(long seed) {
        return Boolean.parseBoolean(EngineFixtures.spec("invoice-clerk", PatternKind.VOTING, seed).task().fact("fraud"));
    }

    @Test
    void fiveVotersEachMakeTheirOwnModelCallWithTokensAndCost() {
        Execution e = run(ToolCatalog.standard(), PatternKind.VOTING, "invoice-clerk", 3);
        List<Step> voteCalls = e.steps().stream().filter(s -> s.kind() == StepKind.LLM_CALL
                && "vote".equals(s.attributes().get("purpose"))).toList();
        assertThat(voteCalls.stream().map(s -> s.attributes().get("actor")).distinct()).hasSize(5);
        assertThat(voteCalls).allSatisfy(s -> {
            assertThat(s.inputTokens()).isPositive();
            assertThat(s.costMicros()).isPositive();
        });
    }

    @Test
    void decisionsAreJudgedAgainstTheGroundTruth() {
        int fraudCaught = 0;
        for (long seed = 1; seed <= 120; seed++) {
            Execution e = run(ToolCatalog.standard(), PatternKind.VOTING, "invoice-clerk", seed);
            String decision = e.steps().get(e.steps().size() - 1).output();
            if (e.outcome() == Outcome.SUCCESS) {
                assertThat(decision).as("seed %d", seed).startsWith(fraud(seed) ? "Reject" : "Approve");
                fraudCaught += fraud(seed) ? 1 : 0;
            }
        }
        assertThat(fraudCaught).as("fraudulent invoices rejected on the evidence").isPositive();
    }

    @Test
    void votersFollowTheFraudScoreTheyReceivedAndAWrongMajorityIsAFailure() {
        long seed = 1;
        while (fraud(seed)) {
            seed++;
        }
        Tool standard = ToolCatalog.standard().get("score_fraud");
        Tool alarmist = new SimulatedTool(standard.spec(), (call, task, random) ->
                new ToolOutput("fraud score 0.97 (high: bank account changed last week)", task.rootCause()));
        Execution e = run(ToolCatalog.standard().with(alarmist), PatternKind.VOTING, "invoice-clerk", seed);
        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.REASONING && "vote".equals(s.attributes().get("purpose")))
                .extracting(Step::output).filteredOn("vote: reject"::equals).hasSizeGreaterThanOrEqualTo(3);
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.errorMessage()).contains("majority voted to reject").contains("no sign of fraud");
    }

    @Test
    void theCriticScoresTheEvidenceItIsShownWithItsOwnModelCall() {
        Execution e = null;
        for (long seed = 1; seed < 200; seed++) {
            e = run(ToolCatalog.standard(), PatternKind.ITERATIVE, "sre-investigator", seed);
            if (e.steps().stream().filter(s -> s.kind() == StepKind.REASONING
                    && "critique".equals(s.attributes().get("purpose"))).count() >= 2) {
                break;
            }
        }
        List<Step> critiques = e.steps().stream().filter(s -> s.kind() == StepKind.REASONING
                && "critique".equals(s.attributes().get("purpose"))).toList();
        assertThat(critiques).hasSizeGreaterThanOrEqualTo(2);
        assertThat(critiques.get(0).attributes().get("actor")).endsWith("/critic");
        assertThat(critiques.get(0).output()).contains("tool(s) answered (check_service_health");
        assertThat(critiques.stream().map(Step::output).distinct()).as("each critique reads the evidence of its round")
                .hasSize(critiques.size());
        assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.LLM_CALL && "critique".equals(s.attributes().get("purpose"))
                && s.costMicros() > 0);
    }
}
