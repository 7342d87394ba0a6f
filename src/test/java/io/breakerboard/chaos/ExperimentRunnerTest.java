package io.breakerboard.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.chaos.internal.Guard;
import io.breakerboard.chaos.internal.Probe;
import io.breakerboard.chaos.internal.Rollback;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Experiments on the engine on virtual time: verdicts, guards, cancel and rollback. */
class ExperimentRunnerTest {
    private static final WorkloadSpec SRE = new WorkloadSpec(20, 6, Map.of("sre-triage", 1, "sre-investigator", 1),
            Map.of("hierarchical", 1, "iterative", 1));

    private static ExperimentReport run(ChaosFixtures f, Experiment x) {
        return new ExperimentRunner(f.engine, f.injector, f.clock).run(x, p -> { }, () -> false);
    }

    private static ReportRow row(ExperimentReport r, ReportPhase phase, String actionStart) {
        return r.rows(phase).stream().filter(x -> x.action().startsWith(actionStart)).findFirst().orElseThrow();
    }

    @Test
    void killingAToolWhoseAlternativeWorksPassesAndTheFiguresComeFromTheExperimentsOwnExecutions() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = run(f, ClassicExperiments.killTool());

            assertThat(r.status()).isEqualTo(ExperimentStatus.PASSED);
            assertThat(r.deviations()).isZero();
            assertThat(r.rows(ReportPhase.BEFORE)).hasSize(4);
            assertThat(r.rows(ReportPhase.AFTER)).hasSize(4);
            assertThat(row(r, ReportPhase.AFTER, "Failed calls of get_pod_logs").actual()).matches("100 % \\((\\d+) of \\1 failed calls recovered\\)");
            assertThat(row(r, ReportPhase.METHOD, "Inject Tool down").actual()).matches("changed [1-9]\\d* calls in \\d+ executions");

            f.engine.awaitPublished();
            List<Execution> all = f.sink.executions();
            int steady = count(row(r, ReportPhase.BEFORE, "Success rate").actual());
            int method = Integer.parseInt(row(r, ReportPhase.METHOD, "Send traffic").actual().split(" ")[0]);
            assertThat(steady + method).isEqualTo(all.size());
            List<Execution> methodRuns = all.subList(steady, all.size());
            long ok = methodRuns.stream().filter(Execution::succeeded).count();
            assertThat(row(r, ReportPhase.AFTER, "Success rate").actual()).endsWith("(" + ok + " of " + method + ")");
            assertThat(f.injector.active()).isEmpty();
            List<FaultEvent> events = f.injector.events();
            assertThat(events).extracting(FaultEvent::type).containsExactly(FaultEvent.Type.STARTED, FaultEvent.Type.ENDED);
            java.time.Instant down = events.get(0).at();
            assertThat(Duration.between(down, events.get(1).at())).isEqualTo(Duration.ofMinutes(6));
            assertThat(down).isAfterOrEqualTo(r.startedAt().plus(Duration.ofMinutes(4 + 3)));
            assertThat(methodRuns).as("the tool died while some investigations were running")
                    .anyMatch(e -> e.startedAt().isBefore(down) && e.endedAt().isAfter(down)
                            && e.steps().stream().anyMatch(s -> s.output() != null && s.output().contains("the tool is down")));
        }
    }

    private static int count(String actual) {
        // "87.3 % (62 of 71)"
        String of = actual.substring(actual.indexOf(" of ") + 4, actual.indexOf(')'));
        return Integer.parseInt(of);
    }

    @Test
    void aFaultThatSpreadsToAnotherAgentDeviatesAndSaysWhy() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = run(f, ClassicExperiments.agentTimeout());

            assertThat(r.status()).isEqualTo(ExperimentStatus.DEVIATED);
            assertThat(row(r, ReportPhase.AFTER, "Executions of sre-investigator hit by a fault that retried").deviated()).isFalse();
            assertThat(row(r, ReportPhase.AFTER, "Executions of sre-investigator hit by a fault that recovered").deviated()).isFalse();
            assertThat(row(r, ReportPhase.AFTER, "P95 duration of sre-investigator").deviated()).isFalse();
            ReportRow triage = row(r, ReportPhase.AFTER, "Success rate of sre-triage");
            assertThat(triage.deviated()).isTrue();
            assertThat(triage.fix()).contains("aimed at sre-investigator").contains("shared by every agent");
            assertThat(row(r, ReportPhase.BEFORE, "Success rate of sre-triage").deviated()).isFalse();
            assertThat(r.summary()).startsWith("1 check");
            assertThat(row(r, ReportPhase.ROLLBACK, "Reset circuit breakers").deviated()).isFalse();
            assertThat(f.engine.reliability().breakers()).allSatisfy(b -> assertThat(b.state().refusesCalls()).isFalse());
        }
    }

    @Test
    void anOutageOfAModelWithoutFallbackDeviatesWithAFix() {
        Experiment x = new Experiment("Cheap model outage", "", 5, Duration.ofMinutes(3),
                List.of(Probe.successRate("sre-triage", 80), Probe.unhandledErrors(null, 0)),
                new ExperimentMethod(SRE, Duration.ofMinutes(4), List.of(new ScheduledFault(Duration.ZERO,
                        FaultSpec.of(FaultKind.MODEL_OUTAGE, FaultTarget.model("swift-mini"), Duration.ofMinutes(4))))),
                List.of(), EnumSet.of(Rollback.RESET_BREAKERS));
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = run(f, x);

            assertThat(r.status()).isEqualTo(ExperimentStatus.DEVIATED);
            assertThat(row(r, ReportPhase.BEFORE, "Success rate of sre-triage").deviated()).isFalse();
            ReportRow after = row(r, ReportPhase.AFTER, "Success rate of sre-triage");
            assertThat(after.deviated()).isTrue();
            assertThat(Double.parseDouble(after.actual().substring(0, after.actual().indexOf(' ')))).isLessThan(20);
            assertThat(after.fix()).contains("alternative tool or a cached fallback");
            assertThat(row(r, ReportPhase.AFTER, "Unhandled errors").deviated()).isFalse();
            assertThat(row(r, ReportPhase.ROLLBACK, "Reset circuit breakers").deviated()).isFalse();
        }
    }

    @Test
    void malformedDataIsCaughtEveryTime() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = run(f, ClassicExperiments.malformedData());

            assertThat(r.status()).isEqualTo(ExperimentStatus.PASSED);
            assertThat(row(r, ReportPhase.AFTER, "Injected failures caught").actual()).matches("100 % \\((\\d+) of \\1 executions hit show the injected failure\\)");
            assertThat(r.rows(ReportPhase.METHOD)).filteredOn(x -> x.action().startsWith("Inject")).hasSize(2)
                    .noneMatch(ReportRow::deviated);
        }
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        List<List<ReportRow>> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (ChaosFixtures f = new ChaosFixtures()) {
                rows.add(run(f, ClassicExperiments.malformedData()).rows());
            }
        }
        assertThat(rows.get(1)).isEqualTo(rows.get(0));
    }

    @Test
    void anotherActiveFaultSpoilsTheBaselineSoNothingRuns() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            f.injector.inject(FaultSpec.of(FaultKind.LATENCY, FaultTarget.ALL, Duration.ofHours(1)));

            ExperimentReport r = run(f, ClassicExperiments.killTool());

            assertThat(r.status()).isEqualTo(ExperimentStatus.NOT_STEADY);
            assertThat(r.rows()).singleElement().satisfies(x -> {
                assertThat(x.deviated()).isTrue();
                assertThat(x.actual()).contains("Added latency");
                assertThat(x.fix()).contains("Stop all faults");
            });
            assertThat(f.engine.stats().started()).isZero();
        }
    }

    @Test
    void aHypothesisThatFailsOnSteadyTrafficStopsBeforeAnyFault() {
        Experiment x = new Experiment("Too strict", "", 3, Duration.ofMinutes(3), List.of(Probe.successRate(null, 100)),
                new ExperimentMethod(SRE, Duration.ofMinutes(3), List.of(new ScheduledFault(Duration.ZERO,
                        FaultSpec.of(FaultKind.HANG, FaultTarget.ALL, Duration.ofMinutes(3))))), List.of(), null);
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = run(f, x);

            assertThat(r.status()).isEqualTo(ExperimentStatus.NOT_STEADY);
            assertThat(r.rows(ReportPhase.BEFORE)).singleElement().satisfies(row -> assertThat(row.deviated()).isTrue());
            assertThat(r.rows(ReportPhase.METHOD)).isEmpty();
            assertThat(f.injector.events()).isEmpty();
        }
    }

    @Test
    void aFailingGuardStopsTheTrafficEarlyAndRollsBack() {
        Experiment x = new Experiment("Outage with a guard", "", 9, Duration.ofMinutes(2),
                List.of(Probe.unhandledErrors(null, 0)),
                new ExperimentMethod(SRE, Duration.ofMinutes(30), List.of(new ScheduledFault(Duration.ZERO,
                        FaultSpec.of(FaultKind.MODEL_OUTAGE, FaultTarget.ALL, Duration.ofMinutes(30))))),
                List.of(new Guard(Probe.successRate(null, 50), 5)), null);
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = run(f, x);

            assertThat(r.status()).isEqualTo(ExperimentStatus.ABORTED);
            ReportRow guard = r.rows(ReportPhase.GUARD).get(0);
            assertThat(guard.deviated()).isTrue();
            assertThat(guard.actual()).contains("after 5 executions; traffic stopped");
            int method = Integer.parseInt(row(r, ReportPhase.METHOD, "Send traffic").actual().split(" ")[0]);
            assertThat(method).as("30 min at 20 per minute would be about 600").isLessThan(60);
            assertThat(f.injector.active()).isEmpty();
            assertThat(f.injector.events()).last().satisfies(e -> assertThat(e.reason()).isEqualTo(FaultEvent.EndReason.ROLLED_BACK));
            assertThat(r.summary()).startsWith("Success rate of all agents was 0 %");
        }
    }

    @Test
    void cancellingStopsTheTrafficAndRollsTheFaultsBack() {
        AtomicBoolean cancel = new AtomicBoolean();
        List<ExperimentProgress> seen = new ArrayList<>();
        try (ChaosFixtures f = new ChaosFixtures()) {
            ExperimentReport r = new ExperimentRunner(f.engine, f.injector, f.clock).run(ClassicExperiments.killTool(), p -> {
                seen.add(p);
                if (p.phase().equals("Method")) {
                    cancel.set(true);
                }
            }, cancel::get);

            assertThat(r.status()).isEqualTo(ExperimentStatus.CANCELLED);
            assertThat(f.injector.active()).isEmpty();
            assertThat(f.engine.running()).isFalse();
            assertThat(seen).extracting(ExperimentProgress::phase).contains("Steady state", "Method", "Rollback");
            assertThat(seen).extracting(ExperimentProgress::fraction).isSorted();
        }
    }
}
