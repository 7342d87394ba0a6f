package io.breakerboard.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.chaos.FaultEvent.EndReason;
import io.breakerboard.chaos.FaultEvent.Type;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.Usage;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private static final CallSite TOOL_CALL = new CallSite(CallKind.TOOL, "get_pod_logs", "sre-triage#1", "ex-1", 1, Map.of(), 42);

    private final VirtualClock clock = EngineFixtures.clock();
    private final FaultInjector injector = new FaultInjector(clock, ChaosCatalog.standard());

    private Attempt<String> call(CallSite site) {
        return injector.intercept(site, () -> Attempt.ok("fine", Duration.ofMillis(100), Usage.NONE));
    }

    @Test
    void stopAllRestoresEveryCallAtOnce() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            Execution before = f.run("sre-investigator", PatternKind.HIERARCHICAL, 21);
            try (ChaosFixtures g = new ChaosFixtures()) {
                g.run("sre-investigator", PatternKind.HIERARCHICAL, 21);
            }
            f.injector.inject(FaultSpec.of(FaultKind.MODEL_OUTAGE, FaultTarget.ALL, Duration.ofHours(1)));
            f.injector.inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.ALL, Duration.ofHours(1)));
            f.injector.inject(FaultSpec.of(FaultKind.LATENCY, FaultTarget.agent("sre-investigator"), Duration.ofHours(1)));
            Execution during = f.run("sre-investigator", PatternKind.HIERARCHICAL, 22);
            assertThat(during.succeeded()).isFalse();

            List<ActiveFault> stopped = f.injector.stopAll();

            assertThat(stopped).hasSize(3);
            assertThat(f.injector.active()).isEmpty();
            assertThat(f.injector.events()).filteredOn(e -> e.type() == Type.ENDED)
                    .hasSize(3).allSatisfy(e -> assertThat(e.reason()).isEqualTo(EndReason.STOPPED_ALL));
            f.engine.reliability().breakers().forEach(b -> f.engine.control(b.name(),
                    io.breakerboard.engine.reliability.BreakerCommand.RESET));
            Execution after = f.run("sre-investigator", PatternKind.HIERARCHICAL, 23);
            assertThat(after.steps()).noneMatch(s -> s.output() != null && s.output().contains("[chaos"));
            assertThat(before.steps()).noneMatch(s -> s.output() != null && s.output().contains("[chaos"));
        }
    }

    @Test
    void aFaultRollsBackByItselfWhenItsDurationIsOverAndTheEndIsRecordedAtTheScheduledInstant() {
        ActiveFault fault = injector.inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_pod_logs"), Duration.ofSeconds(60)));
        assertThat(call(TOOL_CALL).succeeded()).isFalse();

        clock.advance(Duration.ofSeconds(59));
        assertThat(injector.active()).singleElement().satisfies(a -> assertThat(a.timeLeft()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(call(TOOL_CALL).succeeded()).isFalse();

        clock.advance(Duration.ofSeconds(5));
        assertThat(call(TOOL_CALL).succeeded()).isTrue();
        assertThat(injector.active()).isEmpty();
        assertThat(injector.events()).extracting(FaultEvent::type, FaultEvent::at, FaultEvent::reason, FaultEvent::hits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Type.STARTED, EngineFixtures.T0, null, 0L),
                        org.assertj.core.groups.Tuple.tuple(Type.ENDED, EngineFixtures.T0.plusSeconds(60), EndReason.EXPIRED, 2L));
        assertThat(fault.endsAt()).isEqualTo(EngineFixtures.T0.plusSeconds(60));
    }

    @Test
    void anExpiredFaultIsSeenAsEndedEvenWhenNoCallPassedSince() {
        injector.inject(FaultSpec.of(FaultKind.HANG, FaultTarget.ALL, Duration.ofSeconds(10)));
        clock.advance(Duration.ofMinutes(5));

        assertThat(injector.events()).extracting(FaultEvent::type).containsExactly(Type.STARTED, Type.ENDED);
        assertThat(injector.idle()).isTrue();
    }

    @Test
    void aScheduledFaultWaitsForItsStartAndReportsItsTimeLeft() {
        ActiveFault later = injector.schedule(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_pod_logs"),
                Duration.ofSeconds(30)), Duration.ofSeconds(20), "experiment demo");

        assertThat(later.waiting()).isTrue();
        assertThat(later.timeLeft()).isEqualTo(Duration.ofSeconds(30));
        assertThat(call(TOOL_CALL).succeeded()).isTrue();
        assertThat(injector.events()).isEmpty();

        clock.advance(Duration.ofSeconds(25));
        assertThat(call(TOOL_CALL).succeeded()).isFalse();
        assertThat(injector.active()).singleElement().satisfies(a -> {
            assertThat(a.waiting()).isFalse();
            assertThat(a.timeLeft()).isEqualTo(Duration.ofSeconds(25));
            assertThat(a.origin()).isEqualTo("experiment demo");
        });
        assertThat(injector.events()).singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(EngineFixtures.T0.plusSeconds(20)));
    }

    @Test
    void removingOneFaultLeavesTheOthers() {
        ActiveFault a = injector.inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_pod_logs"), Duration.ofMinutes(1)));
        ActiveFault b = injector.inject(FaultSpec.of(FaultKind.LATENCY, FaultTarget.ALL, Duration.ofMinutes(1)));

        assertThat(injector.remove(a.id())).isPresent();
        assertThat(injector.remove(a.id())).isEmpty();

        assertThat(injector.active()).extracting(ActiveFault::id).containsExactly(b.id());
        Attempt<String> slow = call(TOOL_CALL);
        assertThat(slow.succeeded()).isTrue();
        assertThat(slow.latency()).isGreaterThan(Duration.ofMillis(600));
        assertThat(injector.events()).filteredOn(e -> e.type() == Type.ENDED).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(EndReason.REMOVED));
    }

    @Test
    void aFaultOnlyReachesTheCallsItIsAimedAt() {
        injector.inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.agent("sre-investigator"), Duration.ofMinutes(1)));

        assertThat(call(TOOL_CALL).succeeded()).isTrue();
        assertThat(call(new CallSite(CallKind.TOOL, "list_pods", "sre-investigator#2", "ex-2", 1, Map.of(), 1)).succeeded()).isFalse();
        assertThat(call(new CallSite(CallKind.MODEL, "atlas-pro", "sre-investigator#2", "ex-2", 1, Map.of(), 1)).succeeded())
                .as("a tool fault never reaches model calls").isTrue();
    }

    @Test
    void withNoFaultTheCallPassesUntouched() {
        Attempt<String> original = Attempt.ok("fine", Duration.ofMillis(100), Usage.NONE);
        assertThat(injector.intercept(TOOL_CALL, () -> original)).isSameAs(original);
    }

    @Test
    void unknownTargetsAndImpossibleAimsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> injector.inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_logs"), Duration.ofMinutes(1))))
                .hasMessageContaining("unknown tool 'get_logs'").hasMessageContaining("get_pod_logs");
        assertThatThrownBy(() -> FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.model("atlas-pro"), Duration.ofMinutes(1)))
                .hasMessageContaining("reaches tools only");
        assertThatThrownBy(() -> FaultSpec.of(FaultKind.ERROR_RATE, FaultTarget.ALL, 140, Duration.ofMinutes(1)))
                .hasMessageContaining("percent must be above 0 and at most 100, got 140");
        assertThatThrownBy(() -> FaultSpec.of(FaultKind.LATENCY, FaultTarget.ALL, Duration.ofMinutes(1))
                .withLatency(Duration.ofMillis(100), Duration.ofMillis(300))).hasMessageContaining("jitter");
        assertThatThrownBy(() -> FaultTarget.parse("pod:abc")).hasMessageContaining("use tool, agent or model");
    }

    @Test
    void callsFromManyThreadsWhileFaultsComeAndGoStayConsistent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
        try (AutoCloseable listening = injector.onHit(h -> seen.incrementAndGet())) {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    int failed = 0;
                    for (int i = 0; i < 20_000; i++) {
                        CallSite site = new CallSite(CallKind.TOOL, "get_pod_logs", "sre-triage#1", "ex", 1, Map.of(), thread * 100_000L + i);
                        if (!call(site).succeeded()) {
                            failed++;
                        }
                    }
                    return failed;
                }));
            }
            for (int i = 0; i < 200; i++) {
                ActiveFault f = injector.inject(FaultSpec.of(FaultKind.ERROR_RATE, FaultTarget.ALL, 50, Duration.ofMinutes(1)));
                injector.remove(f.id());
            }
            int failed = 0;
            for (Future<Integer> w : workers) {
                failed += w.get(1, TimeUnit.MINUTES);
            }
            long hitsAtEnd = injector.events().stream().filter(e -> e.type() == Type.ENDED).mapToLong(FaultEvent::hits).sum();
            assertThat(injector.active()).isEmpty();
            assertThat(injector.events()).hasSize(400);
            assertThat(seen.get()).isEqualTo(failed);
            assertThat(hitsAtEnd).as("a call already inside a fault when it ends counts after the end event")
                    .isLessThanOrEqualTo(failed);
        } finally {
            pool.shutdownNow();
        }
    }
}
