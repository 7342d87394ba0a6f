package io.breakerboard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.testsupport.WaitFor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closing an engine on a virtual clock while executions are inside calls longer than the grace period. */
class EngineShutdownTest {

    @Test
    void aCallOutlastingTheGraceOnAVirtualClockEndsAndItsExecutionIsPausedNotCut() {
        VirtualClock clock = EngineFixtures.clock();
        Engine engine = EngineFixtures.builder(clock).build();
        // Hierarchical executions open with a planner call on the strong model of several seconds.
        engine.start(Workload.defaults(5).withRate(600, 8).withPatterns(Map.of(PatternKind.HIERARCHICAL, 1))
                .withDuration(Duration.ofHours(1)));
        WaitFor.condition(() -> engine.stats().inFlight() >= 4);

        ShutdownReport report = engine.shutdown(Duration.ofMillis(1));

        assertThat(report.running()).isGreaterThanOrEqualTo(4);
        assertThat(report.cut()).as(report.describe()).isZero();
        assertThat(report.finished() + report.paused()).isEqualTo(report.running());
        assertThat(engine.unfinished()).as("every stopped execution is offered as paused, as the report says")
                .hasSize(report.paused()).allMatch(CheckpointHeader::paused);
    }
}
