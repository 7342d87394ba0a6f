package io.breakerboard.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.orchestration.PatternKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class PatternBenchmarkTest {
    private static final Clock WALL = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final BenchmarkSettings DEMO = BenchmarkSettings.defaults(7).withTasks(InvoiceSuite.DEMO);

    private static LabRun run(BenchmarkSettings s) {
        return new PatternBenchmark(WALL).run(s, n -> { }, () -> false);
    }

    private static double value(LabRun r, PatternKind p, String metric) {
        return r.value(p.id(), metric).orElseThrow().value();
    }

    @Test
    void theSuiteHasKnownAnswersOfBothKindsAndIsTheSameFromTheSameSeed() {
        List<InvoiceSuite.SuiteTask> suite = InvoiceSuite.generate(7, InvoiceSuite.FULL);
        assertThat(suite).hasSize(300);
        assertThat(suite.stream().filter(t -> t.truth() == Verdict.REJECT).count()).isBetween(25L, 75L);
        assertThat(InvoiceSuite.generate(7, InvoiceSuite.DEMO)).isEqualTo(suite.subList(0, InvoiceSuite.DEMO));
    }

    @Test
    void theDemoSuiteComparesAllFivePatternsAgainstTheTruthReproducibly() {
        LabRun r = run(DEMO);

        assertThat(r.rows()).containsExactly("sequential", "hierarchical", "iterative", "state_machine", "voting");
        assertThat(run(DEMO).values()).isEqualTo(r.values());
        // Seed 7: the state machine checks fraud and the ledger before paying and gets all 50 right; the voters
        // only read the fraud score, so they reject the 3 frauds and approve the 5 invoices the ledger does not
        // match: exactly those are its wrong answers.
        List<InvoiceSuite.SuiteTask> suite = InvoiceSuite.generate(7, InvoiceSuite.DEMO);
        long unmatched = suite.stream().filter(t -> !"match".equals(t.task().fact("ledger"))
                && !Boolean.parseBoolean(t.task().fact("fraud"))).count();
        assertThat(unmatched).isEqualTo(5);
        assertThat(value(r, PatternKind.STATE_MACHINE, LabMetric.SUCCESS.key())).isEqualTo(1.0);
        assertThat(value(r, PatternKind.VOTING, LabMetric.SUCCESS.key())).isEqualTo(0.9);
        assertThat(value(r, PatternKind.VOTING, LabMetric.failures("WRONG_ANSWER"))).isEqualTo(unmatched);
        assertThat(value(r, PatternKind.SEQUENTIAL, LabMetric.SUCCESS.key())).isEqualTo(0.92);
        // The planner on the strong model costs the hierarchical pattern about three times the sequential one in
        // model calls; both pay the same tool fees on top.
        assertThat(value(r, PatternKind.HIERARCHICAL, LabMetric.MODEL_COST.key()))
                .isGreaterThan(2.5 * value(r, PatternKind.SEQUENTIAL, LabMetric.MODEL_COST.key()));
        assertThat(value(r, PatternKind.HIERARCHICAL, LabMetric.COST.key()))
                .isGreaterThan(value(r, PatternKind.SEQUENTIAL, LabMetric.COST.key()));
        for (PatternKind p : PatternKind.values()) {
            assertThat(value(r, p, LabMetric.MODEL_COST.key()) + value(r, p, LabMetric.TOOL_COST.key()))
                    .isCloseTo(value(r, p, LabMetric.COST.key()), within(1e-9));
        }
        Interval success = r.value("sequential", LabMetric.SUCCESS.key()).orElseThrow();
        assertThat(success.low()).isLessThan(0.92);
        assertThat(success.high()).isGreaterThan(0.92);
        assertThat(value(r, PatternKind.VOTING, LabMetric.P95_LATENCY.key()))
                .isGreaterThanOrEqualTo(value(r, PatternKind.VOTING, LabMetric.P50_LATENCY.key()));
    }

    @Test
    void theCheapTierCutsTheModelCostPerTaskAndLeavesTheToolFees() {
        BenchmarkSettings s = new BenchmarkSettings(20, 7, BenchmarkSettings.DEFAULT_AGENT, null,
                DEMO.reliability(), List.of(PatternKind.SEQUENTIAL));
        LabRun strong = run(s);
        LabRun cheap = run(s.withModel(ModelCatalog.CHEAP));
        // The tier prices the model calls; the tools bill the same fee per call whatever model asks.
        assertThat(value(cheap, PatternKind.SEQUENTIAL, LabMetric.MODEL_COST.key()))
                .isLessThan(value(strong, PatternKind.SEQUENTIAL, LabMetric.MODEL_COST.key()) / 5);
        assertThat(value(cheap, PatternKind.SEQUENTIAL, LabMetric.TOOL_COST.key()))
                .isEqualTo(value(strong, PatternKind.SEQUENTIAL, LabMetric.TOOL_COST.key()))
                .isGreaterThan(0);
        assertThat(value(cheap, PatternKind.SEQUENTIAL, LabMetric.COST.key()))
                .isLessThan(value(strong, PatternKind.SEQUENTIAL, LabMetric.COST.key()));
    }

    @Test
    void cancellingStopsBetweenExecutions() {
        assertThatThrownBy(() -> new PatternBenchmark(WALL).run(DEMO, n -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aSuiteOutsideItsLimitsIsRefusedByName() {
        assertThatThrownBy(() -> DEMO.withTasks(0)).hasMessageContaining("tasks must be in 1..5000");
        assertThatThrownBy(() -> new BenchmarkSettings(10, 1, "sre-triage", null, DEMO.reliability(),
                List.of(PatternKind.VOTING))).hasMessageContaining("does not work on invoices");
    }
}
