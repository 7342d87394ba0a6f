package io.breakerboard.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CostExperimentTest {
    private static final Clock WALL = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static LabRun run(String change) {
        return new CostExperiment(WALL).run(new CostExperiment.Settings(InvoiceSuite.DEMO, 7,
                BenchmarkSettings.DEFAULT_AGENT, CostChange.parse(change), 1_000), n -> { }, () -> false);
    }

    private static double v(LabRun r, String row, LabMetric m) {
        return r.value(row, m.key()).orElseThrow().value();
    }

    @Test
    void withTheCacheOnFewerToolCallsAreMadeAndNeitherSuccessNorQualityFalls() {
        LabRun r = run("cache=on");

        assertThat(r.rows()).containsExactly("Before", "After", "Change");
        assertThat(v(r, "After", LabMetric.TOOL_CALLS)).isLessThan(v(r, "Before", LabMetric.TOOL_CALLS));
        assertThat(v(r, "After", LabMetric.COMPLETED)).isGreaterThanOrEqualTo(v(r, "Before", LabMetric.COMPLETED));
        assertThat(v(r, "After", LabMetric.QUALITY)).isGreaterThanOrEqualTo(v(r, "Before", LabMetric.QUALITY));
        assertThat(v(r, "After", LabMetric.COST)).isLessThanOrEqualTo(v(r, "Before", LabMetric.COST));
        // A cached answer bills no fee; the model calls are the same.
        assertThat(v(r, "After", LabMetric.TOOL_COST)).isLessThan(v(r, "Before", LabMetric.TOOL_COST));
        assertThat(v(r, "Change", LabMetric.COST)).isCloseTo(v(r, "Change", LabMetric.TOOL_COST), within(1e-9));
        assertThat(v(r, "Change", LabMetric.TOOL_CALLS))
                .isEqualTo(v(r, "After", LabMetric.TOOL_CALLS) - v(r, "Before", LabMetric.TOOL_CALLS));
    }

    @Test
    void theCheapTierCutsTheModelCostAndTheMonthlyProjectionFollowsTheTotal() {
        LabRun r = run("model=swift-mini");

        double before = v(r, "Before", LabMetric.COST);
        double after = v(r, "After", LabMetric.COST);
        // The cheaper tier cuts the model calls of the agent's own steps (planners and voters keep theirs) by
        // more than half; the tool fees are billed per call whatever the model, so they stay.
        assertThat(v(r, "After", LabMetric.MODEL_COST)).isLessThan(v(r, "Before", LabMetric.MODEL_COST) / 2);
        assertThat(v(r, "Before", LabMetric.TOOL_COST)).isGreaterThan(0);
        assertThat(Math.abs(v(r, "Change", LabMetric.TOOL_COST))).isLessThan(0.05 * v(r, "Before", LabMetric.TOOL_COST));
        assertThat(after).isLessThan(before);
        for (String row : new String[] {"Before", "After"}) {
            assertThat(v(r, row, LabMetric.MODEL_COST) + v(r, row, LabMetric.TOOL_COST))
                    .isCloseTo(v(r, row, LabMetric.COST), within(1e-9));
        }
        assertThat(v(r, "Before", LabMetric.MONTHLY_COST)).isEqualTo(before * 1_000 * 30);
        assertThat(v(r, "Change", LabMetric.MONTHLY_COST)).isCloseTo((after - before) * 1_000 * 30, within(1e-6));
        assertThat(run("model=swift-mini").values()).isEqualTo(r.values());
    }

    @Test
    void changesAreParsedAndUnknownOnesNamed() {
        assertThat(CostChange.parse("model=swift-mini, cache=on")).isEqualTo(new CostChange("swift-mini", true));
        assertThatThrownBy(() -> CostChange.parse("summary=on")).hasMessageContaining("unknown change 'summary=on'");
        assertThatThrownBy(() -> CostChange.parse("cache=maybe")).hasMessageContaining("cache=on or cache=off");
        assertThatThrownBy(() -> CostChange.parse("model=gpt-9")).hasMessageContaining("unknown model 'gpt-9'");
    }
}
