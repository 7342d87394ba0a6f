package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineCountersTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final EngineCounters counters = new EngineCounters(clock);
    private int keys;

    private Execution execution(Outcome outcome, int toolCalls, String recall, int iterations) {
        Execution.Builder b = Execution.builder("e-" + (++keys)).agent("sre-triage").startedAt(clock.now())
                .outcome(outcome).iterations(iterations);
        for (int i = 0; i < toolCalls; i++) {
            b.addStep(Step.builder(StepKind.TOOL_CALL).name("list_pods").at(clock.now()).build());
        }
        if (recall != null) {
            b.addStep(Step.builder(StepKind.REASONING).name("memory").at(clock.now())
                    .attributes(Map.of(ExecutionRunner.RECALL_ATTRIBUTE, recall)).build());
        }
        return b.build();
    }

    private EngineStats stats() {
        return counters.snapshot(true, List.of());
    }

    @Test
    void outcomesAndToolCallsAreCountedAsExecutionsFinish() {
        counters.started();
        counters.started();
        counters.started();
        counters.finished(execution(Outcome.SUCCESS, 3, null, 2));
        counters.finished(execution(Outcome.FAILURE, 1, null, 1));
        EngineStats s = stats();
        assertThat(s.started()).isEqualTo(3);
        assertThat(s.inFlight()).isEqualTo(1);
        assertThat(s.completed()).isEqualTo(2);
        assertThat(s.succeeded()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.toolCalls()).isEqualTo(4);
        counters.abandoned();
        assertThat(stats().inFlight()).isZero();
        assertThat(stats().completed()).isEqualTo(2);
    }

    @Test
    void theLastMinutesThroughputForgetsOlderExecutionsOnTheClock() {
        counters.started();
        counters.finished(execution(Outcome.SUCCESS, 0, null, 1));
        clock.advance(Duration.ofSeconds(40));
        counters.started();
        counters.finished(execution(Outcome.PARTIAL, 0, null, 1));
        assertThat(stats().perMinute()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        assertThat(stats().perMinute()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(stats().perMinute()).isZero();
        assertThat(stats().partial()).isEqualTo(1);
    }

    @Test
    void aFullQueueTurnsArrivalsAwayAndAGiveUpCountsAsTurnedAway() {
        assertThat(counters.enqueue(2)).isTrue();
        assertThat(counters.enqueue(2)).isTrue();
        assertThat(counters.enqueue(2)).isFalse();
        assertThat(stats().queued()).isEqualTo(2);
        counters.dequeue(true);
        counters.dequeue(false);
        assertThat(stats().queued()).isZero();
        assertThat(stats().turnedAway()).isEqualTo(2);
    }

    @Test
    void theMemoryBenefitComparesIterationsWithAndWithoutARelevantRecall() {
        counters.finished(execution(Outcome.SUCCESS, 0, ExecutionRunner.RECALL_RELEVANT, 3));
        counters.finished(execution(Outcome.SUCCESS, 0, ExecutionRunner.RECALL_RELEVANT, 5));
        counters.finished(execution(Outcome.SUCCESS, 0, ExecutionRunner.RECALL_MISLEADING, 9));
        counters.finished(execution(Outcome.SUCCESS, 0, "none", 8));
        counters.finished(execution(Outcome.SUCCESS, 0, null, 20));
        EngineStats.MemoryBenefit m = stats().memory();
        assertThat(m.investigations()).isEqualTo(4);
        assertThat(m.hinted()).isEqualTo(3);
        assertThat(m.relevant()).isEqualTo(2);
        assertThat(m.iterationsRelevant()).isEqualTo(4.0);
        assertThat(m.iterationsUnhinted()).isEqualTo(8.0);
    }

    @Test
    void withoutInvestigationsThereIsNoAverageToShow() {
        assertThat(stats().memory().iterationsRelevant()).isNaN();
        assertThat(stats().memory().iterationsUnhinted()).isNaN();
    }
}
