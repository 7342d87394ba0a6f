package io.breakerboard.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostBreakdownTest {
    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static Execution execution(String key, String agent, long hours, List<Step> steps, long cost) {
        return Execution.builder(key).agent(agent).task("t").startedAt(T.plus(Duration.ofHours(hours)))
                .duration(Duration.ofSeconds(10)).outcome(Outcome.SUCCESS).model("swift-mini").costMicros(cost)
                .steps(steps).build();
    }

    private static Step llm(String model, long cost) {
        return Step.builder(StepKind.LLM_CALL).name(model).at(T).costMicros(cost).build();
    }

    private static double v(LabRun r, String row, LabMetric m) {
        return r.value(row, m.key()).orElseThrow().value();
    }

    @Test
    void costsSplitByAgentModelAndToolWithAvgMinMaxAndTheMonthAtTheRateOfTheSpan() {
        LabRun r = CostBreakdown.of(List.of(
                execution("a", "clerk", 0, List.of(llm("atlas-pro", 30_000), llm("swift-mini", 2_000),
                        Step.builder(StepKind.TOOL_CALL).name("score_fraud").at(T).costMicros(1_000).build()), 33_000),
                execution("b", "clerk", 24, List.of(llm("swift-mini", 5_000)), 5_000),
                // Imported without steps: counts to its own model.
                execution("c", "triage", 48, List.of(), 12_000)), T.plus(Duration.ofDays(3)));

        assertThat(r.rows()).containsExactly("all", "agent clerk", "agent triage", "model atlas-pro",
                "model swift-mini", "tool score_fraud");
        assertThat(v(r, "all", LabMetric.TOTAL_COST)).isEqualTo(0.050);
        assertThat(v(r, "agent clerk", LabMetric.AVG_COST)).isEqualTo(0.019);
        assertThat(v(r, "agent clerk", LabMetric.MIN_COST)).isEqualTo(0.005);
        assertThat(v(r, "agent clerk", LabMetric.MAX_COST)).isEqualTo(0.033);
        assertThat(v(r, "model swift-mini", LabMetric.EXECUTIONS)).isEqualTo(3);
        assertThat(v(r, "model swift-mini", LabMetric.TOTAL_COST)).isEqualTo(0.019);
        assertThat(v(r, "tool score_fraud", LabMetric.TOTAL_COST)).isEqualTo(0.001);
        // 48 h 10 s spanned: $0.05 over 2.0001 days, times 30.
        assertThat(v(r, "all", LabMetric.MONTHLY_COST)).isCloseTo(0.75, org.assertj.core.api.Assertions.within(0.001));
    }
}
