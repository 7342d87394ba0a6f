package io.breakerboard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.BreakerState;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.CallStatsView;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.sim.Rubric;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.job.Job;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.ScoreSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void aWorkloadRunsHoursOfVirtualTrafficWithoutBlockingTheCaller() throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).build()) {
            long before = System.nanoTime();
            Job<EngineStats> job = engine.start(Workload.defaults(5).withRate(4, 8).withDuration(Duration.ofHours(4)));
            assertThat(System.nanoTime() - before).as("start returns at once").isLessThan(TimeUnit.SECONDS.toNanos(2));
            EngineStats s = job.result().get(2, TimeUnit.MINUTES);
            assertThat(s.running()).isFalse();
            assertThat(s.completed()).isEqualTo(sink.executions().size()).isGreaterThan(800);
            assertThat(s.succeeded() + s.partial() + s.failed()).isEqualTo(s.completed());
            assertThat(s.toolCalls()).isPositive();
            assertThat(clock.now()).isAfter(EngineFixtures.T0.plus(Duration.ofHours(4)));
            assertThat(sink.executions()).allSatisfy(e -> {
                assertThat(e.source()).isEqualTo("engine");
                assertThat(e.format()).isEqualTo("engine");
            });
            assertThat(engine.reliability().breakers()).hasSize(13);
            assertThat(engine.reliability().cache().hits()).isPositive();
        }
    }

    @Test
    void everyFinishedExecutionIsScoredAgainstItsTasksGroundTruth() throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).build()) {
            engine.start(Workload.defaults(11).withRate(4, 8).withDuration(Duration.ofHours(3)))
                    .result().get(2, TimeUnit.MINUTES);
        }
        assertThat(sink.executions()).isNotEmpty().allSatisfy(e -> assertThat(e.scores()).singleElement()
                .satisfies(s -> {
                    assertThat(s.source()).isEqualTo(ScoreSource.RUBRIC);
                    assertThat(s.name()).isIn(Rubric.ROOT_CAUSE_FOUND, Rubric.CORRECT_DECISION);
                    assertThat(s.at()).isEqualTo(e.endedAt());
                }));
        Map<Boolean, List<Execution>> byFound = sink.executions().stream()
                .filter(e -> e.scores().get(0).name().equals(Rubric.ROOT_CAUSE_FOUND))
                .collect(Collectors.partitioningBy(e -> e.scores().get(0).flag()));
        assertThat(byFound.get(true)).as("investigations that found the cause").isNotEmpty()
                .allSatisfy(e -> assertThat(e.outcome()).isNotEqualTo(Outcome.FAILURE));
        assertThat(byFound.get(false)).as("investigations that did not").isNotEmpty();
    }

    @Test
    void aModelOutageInjectedAtTheHookOpensTheBreakerAndFailsFast() throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).build()) {
            engine.interceptor(new CallInterceptor() {
                @Override
                public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
                    if (site.target().equals("atlas-pro")) {
                        return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR, "503 model outage"),
                                Duration.ofMillis(200));
                    }
                    return next.proceed();
                }
            });
            Execution e = engine.runOnce("sre-investigator", PatternKind.ITERATIVE, 1).get(1, TimeUnit.MINUTES);
            assertThat(e.steps()).anyMatch(s -> "fallback model swift-mini".equals(s.attributes().get("fallback"))
                    || "swift-mini".equals(s.name()));
            for (int i = 0; i < 5; i++) {
                engine.runOnce("sre-investigator", PatternKind.HIERARCHICAL, 10 + i).get(1, TimeUnit.MINUTES);
            }
            assertThat(engine.reliability().breaker("atlas-pro").orElseThrow().state()).isEqualTo(BreakerState.OPEN);
            CallStatsView strong = engine.reliability().calls().stream().filter(c -> c.name().equals("atlas-pro"))
                    .findFirst().orElseThrow();
            assertThat(strong.count(CallOutcome.SHORT_CIRCUITED)).isPositive();
            engine.interceptor(null);
            engine.control("atlas-pro", BreakerCommand.CLOSE);
            Execution healthy = engine.runOnce("sre-investigator", PatternKind.ITERATIVE, 99).get(1, TimeUnit.MINUTES);
            assertThat(healthy.steps()).anyMatch(s -> "atlas-pro".equals(s.name()) && !s.failed());
        }
    }

    @Test
    void stopEndsAnOpenEndedWorkload() throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        try (Engine engine = Engine.builder(clock, new ListSink(), new TestRedactor()).build()) {
            Job<EngineStats> job = engine.start(Workload.defaults(3).withRate(30, 4));
            assertThat(engine.running()).isTrue();
            assertThatThrownBy(() -> engine.start(Workload.defaults(4))).isInstanceOf(IllegalStateException.class);
            while (engine.stats().completed() < 20) {
                Thread.onSpinWait();
            }
            job.cancel().run();
            EngineStats s = job.result().get(1, TimeUnit.MINUTES);
            assertThat(s.running()).isFalse();
            assertThat(s.inFlight()).isZero();
        }
    }

    @Test
    void theEngineResumesWhatIsLeftUnfinished() throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        io.breakerboard.engine.memory.internal.InMemoryCheckpointStore store = new io.breakerboard.engine.memory.internal.InMemoryCheckpointStore();
        store.begin(new io.breakerboard.engine.memory.CheckpointHeader("engine-crashed-1", "invoice-clerk",
                "invoice-clerk#1", "sequential", "FINANCE", 77, 78, "u-1", "sess-crashed-1", clock.now()));
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).checkpoints(store).build()) {
            assertThat(engine.unfinished()).hasSize(1);
            Execution e = engine.resume("engine-crashed-1").get(1, TimeUnit.MINUTES);
            assertThat(e.key()).isEqualTo("engine-crashed-1");
            assertThat(e.steps().get(0).attributes()).containsEntry("resumed", "true");
            assertThat(engine.stats().inFlight()).isZero();
            engine.awaitPublished();
            assertThat(sink.executions()).extracting(Execution::key).containsExactly("engine-crashed-1");
            assertThat(engine.unfinished()).isEmpty();
        }
    }

    @Test
    void aWorkloadWithALimitOnArrivalsEndsAfterThatMany() throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).build()) {
            EngineStats s = engine.start(Workload.defaults(8).withRate(120, 4).withArrivals(25L))
                    .result().get(1, TimeUnit.MINUTES);
            assertThat(s.started() + s.turnedAway()).isEqualTo(25);
            assertThat(s.completed()).isEqualTo(s.started()).isEqualTo(sink.executions().size());
        }
    }

    @Test
    void aDiscardedExecutionIsNoLongerOfferedForResuming() {
        VirtualClock clock = EngineFixtures.clock();
        io.breakerboard.engine.memory.internal.InMemoryCheckpointStore store = new io.breakerboard.engine.memory.internal.InMemoryCheckpointStore();
        store.begin(new io.breakerboard.engine.memory.CheckpointHeader("engine-crashed-2", "sre-triage",
                "sre-triage#1", "iterative", "SRE", 5, 6, "u-1", "sess-crashed-2", clock.now()));
        try (Engine engine = Engine.builder(clock, new ListSink(), new TestRedactor()).checkpoints(store).build()) {
            engine.discard("engine-crashed-2");
            assertThat(engine.unfinished()).isEmpty();
            assertThatThrownBy(() -> engine.discard("engine-crashed-2")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("engine-crashed-2");
        }
    }

    @Test
    void aPatternWithoutAnAgentOfItsDomainIsRefusedNamingBoth() {
        assertThatThrownBy(() -> Workload.defaults(1).withAgents(java.util.Map.of("sre-triage", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pattern sequential needs an agent of domain FINANCE")
                .hasMessageContaining("[sre-triage]");
    }
}
