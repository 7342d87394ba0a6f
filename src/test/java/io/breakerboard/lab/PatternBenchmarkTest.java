package io.breakerboard.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        // Seed 7: the state machine checks fraud and the ledger before paying and gets all 50 right; voting only
        // scores fraud, so it approves the invoices the ledger does not match: 8 wrong answers.
        assertThat(value(r, PatternKind.STATE_MACHINE, LabMetric.SUCCESS.key())).isEqualTo(1.0);
        assertThat(value(r, PatternKind.VOTING, LabMetric.SUCCESS.key())).isEqualTo(0.84);
        assertThat(value(r, PatternKind.VOTING, LabMetric.failures("WRONG_ANSWER"))).isEqualTo(8);
        assertThat(value(r, PatternKind.SEQUENTIAL, LabMetric.SUCCESS.key())).isEqualTo(0.92);
        // The planner on the strong model costs the hierarchical pattern about three times the sequential one.
        assertThat(value(r, PatternKind.HIERARCHICAL, LabMetric.COST.key()))
                .isGreaterThan(2.5 * value(r, PatternKind.SEQUENTIAL, LabMetric.COST.key()));
        Interval success = r.value("sequential", LabMetric.SUCCESS.key()).orElseThrow();
        assertThat(success.low()).isLessThan(0.92);
        assertThat(success.high()).isGreaterThan(0.92);
        assertThat(value(r, PatternKind.VOTING, LabMetric.P95_LATENCY.key()))
                .isGreaterThanOrEqualTo(value(r, PatternKind.VOTING, LabMetric.P50_LATENCY.key()));
    }

    @Test
    void theCheapTierCutsCostPerTask() {
        BenchmarkSettings s = new BenchmarkSettings(20, 7, BenchmarkSettings.DEFAULT_AGENT, null,
                DEMO.reliability(), List.of(PatternKind.SEQUENTIAL));
        double strong = value(run(s), PatternKind.SEQUENTIAL, LabMetric.COST.key());
        double cheap = value(run(s.withModel(ModelCatalog.CHEAP)), PatternKind.SEQUENTIAL, LabMetric.COST.key());
        assertThat(cheap).isLessThan(strong / 5);
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
