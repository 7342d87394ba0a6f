package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.alerts.BreakerStatus;
import io.breakerboard.chaos.ClassicExperiments;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.FaultTarget;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.job.Job;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.testsupport.WaitFor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chaos layer of a workspace acts on the workspace's one engine, the one its panels show. */
class LocalChaosControlTest {
    private final VirtualClock engineClock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));

    @TempDir
    Path dir;

    private LocalWorkspace open() {
        return WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard(), engineClock);
    }

    /** Incident triage only, so get_pod_logs is called often. */
    private static EngineWorkload triage(long seed, Long executions) {
        Map<String, Integer> agents = new LinkedHashMap<>();
        agents.put("sre-triage", 1);
        agents.put("sre-investigator", 1);
        Map<String, Integer> patterns = new LinkedHashMap<>();
        patterns.put("iterative", 1);
        patterns.put("hierarchical", 1);
        return new EngineWorkload(120, 4, agents, patterns, seed, null, executions);
    }

    private static EngineStats run(LocalWorkspace ws, long seed) throws Exception {
        return ws.engine().start(triage(seed, 30L)).result().get(2, TimeUnit.MINUTES);
    }

    @Test
    void toolDownOpensThatToolsBreakerOnTheWorkspacesEngineAndAfterStopAllItClosesAgain() throws Exception {
        try (LocalWorkspace ws = open()) {
            ws.chaos().inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_pod_logs"), Duration.ofHours(1)));

            run(ws, 21);

            assertThat(ws.engine().breakers().get("get_pod_logs").state()).isEqualTo(BreakerStatus.State.OPEN);
            assertThat(ws.chaos().activeFaults()).singleElement().satisfies(f -> assertThat(f.hits()).isPositive());
            assertThat(ws.engine().breakers()).as("the other tools are untouched")
                    .hasEntrySatisfying("describe_pod", s -> assertThat(s.state()).isEqualTo(BreakerStatus.State.CLOSED));

            assertThat(ws.chaos().stopAll()).isEqualTo(1);
            engineClock.advance(Duration.ofMinutes(1));
            run(ws, 22);

            assertThat(ws.chaos().activeFaults()).isEmpty();
            assertThat(ws.engine().breakers().get("get_pod_logs").state()).isEqualTo(BreakerStatus.State.CLOSED);
        }
    }

    @Test
    void anExperimentHoldsTheEngineForItsTrafficAndItsExecutionsAreStoredLikeAnyOther() throws Exception {
        try (LocalWorkspace ws = open()) {
            CountDownLatch checked = new CountDownLatch(1);
            AtomicBoolean first = new AtomicBoolean(true);
            Job<ExperimentReport> job = ws.chaos().run(ClassicExperiments.MALFORMED_DATA, p -> {
                if (first.getAndSet(false)) {
                    await(checked);
                }
            });
            WaitFor.condition(() -> !first.get());

            assertThatThrownBy(() -> ws.engine().start(triage(1, 10L))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("experiment '" + ClassicExperiments.MALFORMED_DATA + "'")
                    .hasMessageContaining("cancel it on the Chaos tab");
            assertThatThrownBy(() -> ws.engine().stop()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cancel it on the Chaos tab");
            assertThatThrownBy(() -> ws.chaos().run(ClassicExperiments.KILL_TOOL, p -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is running");
            checked.countDown();

            ExperimentReport report = job.result().get(2, TimeUnit.MINUTES);
            ws.engine().awaitStored();

            assertThat(report.status()).isEqualTo(ExperimentStatus.PASSED);
            assertThat(ws.chaos().reports(5)).extracting(ExperimentReport::id).containsExactly(report.id());
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).as("its traffic is on the dashboard")
                    .isEqualTo(ws.engine().stats().completed()).isPositive();
            assertThat(ws.engine().stats().running()).isFalse();
            assertThat(ws.engine().start(triage(2, 5L)).result().get(2, TimeUnit.MINUTES).completed())
                    .as("the engine is free again").isPositive();
        }
    }

    @Test
    void anExperimentWillNotStartWhileAWorkloadRunsAndSaysWhatToDo() throws Exception {
        try (LocalWorkspace ws = open()) {
            Job<EngineStats> workload = ws.engine().start(triage(3, null));

            assertThatThrownBy(() -> ws.chaos().run(ClassicExperiments.KILL_TOOL, p -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Experiment '" + ClassicExperiments.KILL_TOOL + "' brings its own traffic")
                    .hasMessageContaining("stop it on the Engine tab");

            ws.engine().stop();
            workload.result().get(2, TimeUnit.MINUTES);
            assertThat(ws.chaos().run(ClassicExperiments.MALFORMED_DATA, p -> { }).result().get(2, TimeUnit.MINUTES).status())
                    .isEqualTo(ExperimentStatus.PASSED);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
