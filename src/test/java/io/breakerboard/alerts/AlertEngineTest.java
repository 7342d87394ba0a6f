package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.ACKNOWLEDGED;
import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.BreakerStatus.State;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AlertEngineTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void listsFiringFirstThenPendingThenResolved() {
        f.breakers.put("search-tool", new BreakerStatus(State.OPEN, f.now()));
        f.advance(Duration.ofSeconds(31));
        f.evaluate(RuleKind.BREAKER_OPEN);
        f.breakers.clear();
        f.evaluate(RuleKind.BREAKER_OPEN);

        f.metrics.add(f.now(), 7, 3);
        List<Alert> alerts = f.engine.evaluate();

        assertThat(alerts).extracting(Alert::rule, Alert::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("error-rate", AlertState.FIRING),
                org.assertj.core.groups.Tuple.tuple("success-rate", AlertState.PENDING),
                org.assertj.core.groups.Tuple.tuple("breaker-open", AlertState.RESOLVED));
    }

    @Test
    void acknowledgingMarksTheAlertKeepsItFiringAndIsRecordedOnce() {
        f.metrics.add(f.now(), 7, 3);
        String id = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().id();

        f.advance(Duration.ofSeconds(3));
        assertThat(f.engine.acknowledge(id)).isTrue();
        assertThat(f.engine.acknowledge(id)).isTrue();

        Alert a = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();
        assertThat(a.acknowledged()).isTrue();
        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(f.changes(RuleKind.ERROR_RATE)).containsExactly(FIRING, ACKNOWLEDGED);
        assertThat(f.engine.history()).filteredOn(t -> t.change() == ACKNOWLEDGED).singleElement()
                .extracting(AlertTransition::at).isEqualTo(EngineFixture.T0.plusSeconds(3));
        assertThat(f.told).extracting(AlertTransition::change).containsSubsequence(FIRING, ACKNOWLEDGED);
    }

    @Test
    void anAcknowledgedAlertStaysAcknowledgedWhenItResolves() {
        f.metrics.add(f.now(), 7, 3);
        String id = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().id();
        f.engine.acknowledge(id);

        f.advance(Duration.ofMinutes(5));
        Alert a = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(a.acknowledged()).isTrue();
    }

    @Test
    void anAcknowledgementStoredByAnotherProcessMarksTheAlertWithoutASecondTransitionAndStaysOnResolve() {
        f.metrics.add(f.now(), 7, 3);
        String id = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().id();
        int told = f.told.size();

        assertThat(f.engine.acknowledgedElsewhere(List.of(id, "error-rate/unknown/0"))).isTrue();
        assertThat(f.engine.acknowledgedElsewhere(List.of(id))).as("already marked").isFalse();

        assertThat(f.engine.alert(id)).get().extracting(Alert::acknowledged).isEqualTo(true);
        assertThat(f.engine.history()).noneMatch(t -> t.change() == ACKNOWLEDGED);
        assertThat(f.told).hasSize(told);
        f.advance(Duration.ofMinutes(5));
        Alert resolved = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.acknowledged()).isTrue();
    }

    @Test
    void acknowledgingAnUnknownIdChangesNothing() {
        assertThat(f.engine.acknowledge("error-rate/all/0")).isFalse();
        assertThat(f.engine.history()).isEmpty();
    }

    @Test
    void resolvedAlertsLeaveTheListAfterTheRetentionButStayInTheHistory() {
        f.metrics.add(f.now(), 7, 3);
        f.evaluate(RuleKind.ERROR_RATE);
        f.advance(Duration.ofMinutes(5));
        f.evaluate(RuleKind.ERROR_RATE);

        f.advance(Duration.ofHours(1));
        assertThat(f.evaluate(RuleKind.ERROR_RATE)).hasSize(1);
        f.advance(Duration.ofSeconds(1));
        assertThat(f.evaluate(RuleKind.ERROR_RATE)).isEmpty();
        assertThat(f.changes(RuleKind.ERROR_RATE)).containsExactly(FIRING, RESOLVED);
    }

    @Test
    void switchingARuleOffResolvesItsFiringAlert() {
        f.metrics.add(f.now(), 7, 3);
        f.evaluate(RuleKind.ERROR_RATE);

        f.engine.settings(AlertSettings.DEFAULTS.with(RuleKind.ERROR_RATE,
                AlertSettings.DEFAULTS.errorRate().withEnabled(false)));
        Alert a = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(a.message()).isEqualTo("Error rate no longer judged: rule switched off");
    }

    @Test
    void newThresholdsApplyToOpenAlertsAtTheNextEvaluation() {
        f.metrics.add(f.now(), 7, 3);
        f.evaluate(RuleKind.ERROR_RATE);

        f.engine.settings(AlertSettings.DEFAULTS.with(RuleKind.ERROR_RATE,
                AlertSettings.DEFAULTS.errorRate().withThresholds(50, 40)));

        assertThat(f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().state()).isEqualTo(AlertState.RESOLVED);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<AlertTransition> second = new ArrayList<>();
        f.engine.addListener((t, a) -> {
            throw new IllegalStateException("listener broke");
        });
        f.engine.addListener((t, a) -> second.add(t));
        f.metrics.add(f.now(), 7, 3);

        f.engine.evaluate();

        assertThat(second).extracting(AlertTransition::rule).contains("error-rate");
    }

    @Test
    void aListenerMayCallBackIntoTheEngineAndStillHearsEverythingInOrder() {
        List<String> heard = new ArrayList<>();
        f.engine.addListener((t, a) -> {
            heard.add(t.change() + " " + a.rule());
            if (t.change() == FIRING && t.rule().equals("error-rate")) {
                f.engine.acknowledge(a.id());
            }
        });
        f.metrics.add(f.now(), 7, 3);

        f.engine.evaluate();

        assertThat(heard).containsExactly("FIRING error-rate", "PENDING success-rate", "ACKNOWLEDGED error-rate");
        assertThat(f.engine.alerts().get(0).acknowledged()).isTrue();
    }

    @Test
    void evaluatingEverySecondTakesOneSnapshotPerWindowPerMinuteWhileNoDataArrives() {
        f.metrics.add(f.now(), 10, 0);
        f.advance(Duration.ofMillis(500));
        for (int s = 0; s < 59; s++) {
            f.engine.evaluate();
            f.advance(Duration.ofSeconds(1));
        }
        int distinctWindows = 4;
        assertThat(f.metrics.snapshotsTaken()).isEqualTo(distinctWindows);

        f.metrics.add(f.now(), 1, 0);
        f.engine.evaluate();
        assertThat(f.metrics.snapshotsTaken()).isEqualTo(2 * distinctWindows);

        f.advance(Duration.ofSeconds(1));
        f.engine.evaluate();
        assertThat(f.metrics.snapshotsTaken()).isEqualTo(3 * distinctWindows);
    }

    @Test
    void theSameListComesBackUntilSomethingChanges() {
        f.metrics.add(f.now(), 7, 3);
        f.advance(Duration.ofMinutes(2));
        List<Alert> first = f.engine.evaluate();

        f.advance(Duration.ofSeconds(1));
        assertThat(f.engine.evaluate()).isSameAs(first);

        f.advance(Duration.ofSeconds(1)).metrics.add(f.now(), 0, 1);
        assertThat(f.engine.evaluate()).isNotSameAs(first);
    }

    @Test
    void anomaliesOfInspectedExecutionsAreListedAndAcknowledgeable() {
        Execution costly = Execution.builder("run-1").agent("writer").startedAt(f.now())
                .duration(Duration.ofSeconds(5)).outcome(Outcome.SUCCESS).costMicros(450_000).build();

        List<Alert> found = f.engine.inspect(costly);
        assertThat(f.engine.inspect(costly)).isEmpty();

        assertThat(found).extracting(Alert::rule).containsExactly(AnomalyDetector.HIGH_COST);
        assertThat(f.engine.alerts()).extracting(Alert::id).containsExactly("high-cost/run-1");
        assertThat(f.engine.anomalies()).extracting(Alert::id).containsExactly("high-cost/run-1");
        assertThat(f.engine.acknowledge("high-cost/run-1")).isTrue();
        assertThat(f.engine.alert("high-cost/run-1")).get().extracting(Alert::acknowledged).isEqualTo(true);
        assertThat(f.told).extracting(AlertTransition::change).containsExactly(FIRING, ACKNOWLEDGED);
    }

    @Test
    void keepsOnlyTheMostRecentAnomalies() {
        f.engine.settings(AlertSettings.DEFAULTS.withAnomalies(AlertSettings.DEFAULTS.anomalies().withKeep(3)));
        for (int i = 0; i < 5; i++) {
            f.engine.inspect(Execution.builder("run-" + i).startedAt(f.now()).duration(Duration.ofMinutes(2))
                    .outcome(Outcome.SUCCESS).build());
        }

        assertThat(f.engine.anomalies()).extracting(Alert::id)
                .containsExactly("too-long/run-4", "too-long/run-3", "too-long/run-2");
    }

    @Test
    void keepsItsStateWhenEvaluatedAcknowledgedAndFedFromSeveralThreads() throws Exception {
        f.metrics.add(f.now(), 7, 3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    f.engine.evaluate();
                }
            }));
            work.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    f.engine.alerts().forEach(a -> f.engine.acknowledge(a.id()));
                }
            }));
            work.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    f.engine.inspect(Execution.builder("run-" + i).startedAt(EngineFixture.T0)
                            .outcome(Outcome.SUCCESS).iterations(20).build());
                }
            }));
            for (Future<?> w : work) {
                w.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(f.engine.anomalies()).hasSize(200);
        assertThat(f.engine.alerts()).filteredOn(a -> a.rule().equals("error-rate")).singleElement()
                .extracting(Alert::state).isEqualTo(AlertState.FIRING);
        assertThat(f.engine.history()).filteredOn(t -> t.rule().equals("error-rate"))
                .extracting(AlertTransition::change).containsOnlyOnce(FIRING);
    }
}
