package io.breakerboard.engine.reliability;

import static io.breakerboard.engine.reliability.Scripted.fail;
import static io.breakerboard.engine.reliability.Scripted.model;
import static io.breakerboard.engine.reliability.Scripted.ok;
import static io.breakerboard.engine.reliability.Scripted.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilientCallerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private VirtualClock clock;
    private ReliabilityRegistry registry;
    private ResilientCaller caller;

    @BeforeEach
    void setUp() {
        clock = new VirtualClock(T0);
        registry = new ReliabilityRegistry(clock, ReliabilitySettings.defaults());
        caller = new ResilientCaller(registry, clock);
    }

    @Test
    void retriesTransientFailuresWaitingTheBackoffOnTheVirtualClock() {
        Scripted s = new Scripted(List.of(fail(FailureType.SERVER_ERROR), fail(FailureType.RATE_LIMITED), ok(250)));
        long wallBefore = System.nanoTime();
        CallResult<String> r = caller.call(tool("list_pods"), s, Fallback.none());
        assertThat(r.succeeded()).isTrue();
        assertThat(s.calls).isEqualTo(3);
        Duration latencies = Duration.ofMillis(100 + 100 + 250);
        Duration waits = r.elapsed().minus(latencies);
        assertThat(waits).isBetween(Duration.ofMillis(100 + 200), Duration.ofMillis(300 + 600));
        assertThat(clock.now()).isEqualTo(T0.plus(r.elapsed()));
        assertThat(System.nanoTime() - wallBefore).isLessThan(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void honoursTheRetryAfterOfARateLimit() {
        Attempt<String> limited = Attempt.failed(new CallFailure(FailureType.RATE_LIMITED, "429", Duration.ofSeconds(9)),
                Duration.ofMillis(50));
        CallResult<String> r = caller.call(tool("list_pods"), new Scripted(List.of(limited, ok(10))), Fallback.none());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void neverRetriesPermissionOrValidationErrorsNorFallsBack() {
        for (FailureType t : List.of(FailureType.PERMISSION_DENIED, FailureType.VALIDATION, FailureType.TOOL_FAILURE)) {
            Scripted s = new Scripted(List.of(fail(t)));
            List<CallFailure> consulted = new ArrayList<>();
            CallResult<String> r = caller.call(tool("describe_pod"), s, f -> {
                consulted.add(f);
                return Optional.of(new Recovery<>("stand-in", "test"));
            });
            assertThat(s.calls).as(t.name()).isEqualTo(1);
            assertThat(r.retries()).isZero();
            if (t == FailureType.TOOL_FAILURE) {
                assertThat(r.recoveredBy()).isEqualTo("test");
            } else {
                assertThat(consulted).as("a fallback must not route around " + t).isEmpty();
                assertThat(r.succeeded()).isFalse();
            }
        }
    }

    @Test
    void aHangEndsAsATimeoutExactlyAtTheTimeLimit() {
        registry.update(registry.settings().withToolRetry(
                RetrySettings.builder().maxAttempts(1).initialInterval(Duration.ofMillis(100)).multiplier(2).jitter(0.5)
                        .maxInterval(Duration.ofSeconds(1)).build()));
        Attempt<String> hang = Attempt.ok("late", Duration.ofHours(1), null);
        CallResult<String> r = caller.call(tool("get_pod_logs"), new Scripted(List.of(hang)), Fallback.none());
        assertThat(r.failure().type()).isEqualTo(FailureType.TIMEOUT);
        assertThat(r.failure().getMessage()).contains("8000 ms time limit");
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(8));
        assertThat(r.attempts()).extracting(AttemptRecord::outcome).containsExactly(CallOutcome.TIMEOUT);
    }

    @Test
    void timeoutsAreRetried() {
        Attempt<String> hang = Attempt.ok("late", Duration.ofHours(1), null);
        CallResult<String> r = caller.call(tool("get_pod_logs"), new Scripted(List.of(hang, ok(100))), Fallback.none());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.attempts()).extracting(AttemptRecord::outcome).containsExactly(CallOutcome.TIMEOUT, CallOutcome.SUCCESS);
    }

    @Test
    void aFullBulkheadRejectsWithoutCallingAndWithoutCountingAgainstTheBreaker() {
        registry.update(registry.settings().withBulkhead(1));
        assertThat(registry.bulkhead("agent#1").tryAcquirePermission()).isTrue();
        Scripted s = new Scripted(List.of(ok(10)));
        CallResult<String> r = caller.call(tool("list_pods"), s, Fallback.none());
        assertThat(s.calls).isZero();
        assertThat(r.failure().type()).isEqualTo(FailureType.BULKHEAD_FULL);
        assertThat(registry.breaker("list_pods").orElseThrow().getMetrics().getNumberOfBufferedCalls()).isZero();
        assertThat(registry.snapshot().bulkheads()).contains(new BulkheadView("agent#1", 1, 1));
    }

    @Test
    void theModelRateLimiterWaitsForTheNextPeriodOnTheVirtualClock() {
        registry.update(registry.settings().withModelRateLimit(
                new RateLimitSettings(2, Duration.ofSeconds(1), Duration.ofSeconds(5))));
        for (int i = 0; i < 3; i++) {
            caller.call(model("swift-mini"), new Scripted(List.of(Attempt.ok("ok", Duration.ZERO, null))), Fallback.none());
        }
        assertThat(clock.now()).isAfterOrEqualTo(T0.plusMillis(990)).isBefore(T0.plusSeconds(2));
    }

    @Test
    void theModelRateLimiterRefusesWhenTheWaitWouldBeTooLong() {
        registry.update(registry.settings().withModelRateLimit(
                new RateLimitSettings(1, Duration.ofMinutes(1), Duration.ZERO)));
        caller.call(model("swift-mini"), new Scripted(List.of(ok(10))), Fallback.none());
        Scripted s = new Scripted(List.of(ok(10), ok(10), ok(10), ok(10)));
        CallResult<String> r = caller.call(model("swift-mini"), s, Fallback.none());
        assertThat(r.attempts().get(0).outcome()).isEqualTo(CallOutcome.RATE_LIMITED);
        assertThat(r.attempts().get(0).failure().retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aFallbackStandsInWhenEveryAttemptFailed() {
        Scripted s = new Scripted(List.of(fail(FailureType.SERVER_ERROR), fail(FailureType.SERVER_ERROR),
                fail(FailureType.SERVER_ERROR)));
        CallResult<String> r = caller.call(tool("get_pod_logs"), s,
                f -> Optional.of(new Recovery<>("events instead", "alternative tool describe_pod")));
        assertThat(r.value()).isEqualTo("events instead");
        assertThat(r.recoveredBy()).isEqualTo("alternative tool describe_pod");
        assertThat(r.failure().type()).isEqualTo(FailureType.SERVER_ERROR);
        assertThat(r.retries()).isEqualTo(2);
    }

    @Test
    void theInterceptorSeesEveryAttemptInsideTheTimeLimiter() {
        List<Integer> seen = new ArrayList<>();
        caller.interceptor(new CallInterceptor() {
            @Override
            public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
                seen.add(site.attempt());
                Attempt<T> a = next.proceed();
                return site.attempt() == 1 ? a.withLatency(Duration.ofMinutes(5)) : a;
            }
        });
        CallResult<String> r = caller.call(tool("list_pods"), new Scripted(List.of(ok(10), ok(10))), Fallback.none());
        assertThat(seen).containsExactly(1, 2);
        assertThat(r.attempts()).extracting(AttemptRecord::outcome).containsExactly(CallOutcome.TIMEOUT, CallOutcome.SUCCESS);
    }

    @Test
    void theSnapshotCountsOutcomesRetriesAndLatencyPercentiles() {
        for (int i = 1; i <= 100; i++) {
            caller.call(tool("describe_pod"), new Scripted(List.of(ok(i * 10L))), Fallback.none());
        }
        caller.call(tool("describe_pod"), new Scripted(List.of(fail(FailureType.SERVER_ERROR), ok(10))), Fallback.none());
        CallStatsView v = registry.snapshot().calls().stream().filter(c -> c.name().equals("describe_pod")).findFirst()
                .orElseThrow();
        assertThat(v.count(CallOutcome.SUCCESS)).isEqualTo(101);
        assertThat(v.count(CallOutcome.FAILURE)).isEqualTo(1);
        assertThat(v.retries()).isEqualTo(1);
        assertThat(v.p50().toMillis()).isBetween(480L, 520L);
        assertThat(v.p99().toMillis()).isBetween(970L, 1010L);
        assertThat(registry.snapshot().wrappingOrder()).containsExactly("fallback", "retry", "circuitBreaker",
                "rateLimiter", "bulkhead", "timeLimiter", "faults", "call");
    }

    @Test
    void theRollingWindowForgetsOldCalls() {
        caller.call(tool("describe_pod"), new Scripted(List.of(ok(10))), Fallback.none());
        clock.advance(Duration.ofMinutes(6));
        CallStatsView v = registry.snapshot().calls().stream().filter(c -> c.name().equals("describe_pod")).findFirst()
                .orElseThrow();
        assertThat(v.attempts()).isZero();
    }
}
