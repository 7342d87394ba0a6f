package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.ShutdownReport;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.testsupport.WaitFor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quitting with the engine running: executions end cleanly, and nothing piles up quit after quit. */
class EngineQuitTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private static EngineWorkload busy(EngineControl engine, long seed) {
        Map<String, Integer> agents = new LinkedHashMap<>();
        Map<String, Integer> patterns = new LinkedHashMap<>();
        engine.agents().forEach(a -> agents.put(a.name(), 1));
        engine.patterns().forEach(p -> patterns.put(p.name(), 1));
        return new EngineWorkload(600, 8, agents, patterns, seed, null, 1_000_000L);
    }

    /** Opens the data directory, runs a busy workload until executions are in flight, then quits normally. */
    private ShutdownReport runAndQuit(Instant at, long seed) {
        LocalEngine engine;
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard(), new VirtualClock(at))) {
            engine = ws.engine();
            assertThat(engine.unfinished()).as("a crash leaves nothing to offer; quits only pause")
                    .allMatch(UnfinishedExecution::paused);
            engine.unfinished().forEach(u -> engine.resume(u.key()));
            engine.start(busy(engine, seed));
            WaitFor.condition(() -> engine.stats().inFlight() >= 4);
        }
        return engine.lastShutdown();
    }

    @Test
    void aNormalQuitPausesRunningExecutionsAtACallBoundaryAndSaysSo() {
        ShutdownReport report = runAndQuit(T0, 3);

        assertThat(report.running()).isPositive();
        assertThat(report.cut()).as("no execution is cut inside a call").isZero();
        assertThat(report.finished() + report.paused()).isEqualTo(report.running());
        assertThat(report.describe()).contains("of " + report.running() + " running executions")
                .contains(report.paused() + " were paused at a call boundary (they continue at the next start)");
    }

    @Test
    void pausedExecutionsContinueAtTheNextStartWithTheirDowntimeKeptApartAndTheOfferNeverGrows() throws Exception {
        ShutdownReport first = runAndQuit(T0, 5);
        ShutdownReport second = runAndQuit(T0.plus(Duration.ofHours(1)), 6);
        assertThat(second.running()).isPositive();

        try (LocalWorkspace ws = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard(),
                new VirtualClock(T0.plus(Duration.ofHours(3))))) {
            List<UnfinishedExecution> left = ws.engine().unfinished();
            assertThat(left).as("only the last quit's executions wait, all paused, none offered as crashed")
                    .hasSize(second.paused()).allMatch(UnfinishedExecution::paused);
            for (UnfinishedExecution u : left) {
                Execution done = ws.engine().resume(u.key()).get(2, TimeUnit.MINUTES);
                long down = Long.parseLong(done.steps().get(0).attributes().get(ExecutionRunner.DOWNTIME_ATTRIBUTE));
                assertThat(Duration.ofMillis(down)).as("downtime of %s", u.key()).isGreaterThan(Duration.ofMinutes(100));
                assertThat(done.duration()).as("the duration leaves the downtime out").isLessThan(Duration.ofMinutes(30));
            }
            ws.engine().awaitStored();
            assertThat(ws.engine().unfinished()).isEmpty();
            assertThat(ws.dashboards().snapshot(MetricsFilter.all()).total().executions()).isPositive();
        }
        assertThat(first.cut() + second.cut()).isZero();
    }
}
