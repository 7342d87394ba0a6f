package io.breakerboard.engine.reliability;

import static io.breakerboard.engine.reliability.Scripted.fail;
import static io.breakerboard.engine.reliability.Scripted.ok;
import static io.breakerboard.engine.reliability.Scripted.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.reliability.internal.IllegalBreakerCommandException;
import io.breakerboard.engine.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per breaker transition, legal and illegal, on virtual time. */
class CircuitBreakerTransitionsTest {
    private static final String TOOL = "get_pod_logs";

    private VirtualClock clock;
    private ReliabilityRegistry registry;
    private ResilientCaller caller;

    @BeforeEach
    void setUp() {
        clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
        BreakerSettings breaker = BreakerSettings.builder().failureRateThreshold(50).slowCallRateThreshold(100)
                .slowCallDuration(Duration.ofSeconds(3)).slidingWindowSize(4)
                .minimumNumberOfCalls(4).waitInOpenState(Duration.ofSeconds(30)).permittedCallsInHalfOpen(2).build();
        ReliabilitySettings settings = ReliabilitySettings.defaults()
                .withBreaker(TOOL, breaker)
                .withToolRetry(RetrySettings.builder().maxAttempts(1).initialInterval(Duration.ofMillis(100))
                        .multiplier(2).jitter(0.5).maxInterval(Duration.ofSeconds(1)).build());
        registry = new ReliabilityRegistry(clock, settings);
        caller = new ResilientCaller(registry, clock);
        registry.register(io.breakerboard.engine.reliability.CallKind.TOOL, TOOL);
    }

    private CallResult<String> call(io.breakerboard.engine.reliability.Attempt<String> a) {
        return caller.call(tool(TOOL), new Scripted(List.of(a)), Fallback.none());
    }

    private BreakerView view() {
        return registry.snapshot().breaker(TOOL).orElseThrow();
    }

    private void open() {
        call(ok(100));
        call(ok(100));
        call(fail(FailureType.SERVER_ERROR));
        call(fail(FailureType.SERVER_ERROR));
    }

    @Test
    void closedStaysClosedAndWarmsUpBelowTheMinimumNumberOfCalls() {
        call(fail(FailureType.SERVER_ERROR));
        call(fail(FailureType.SERVER_ERROR));
        call(fail(FailureType.SERVER_ERROR));
        assertThat(view().state()).isEqualTo(BreakerState.CLOSED);
        assertThat(view().warmingUp()).isTrue();
        assertThat(view().failureRateText()).isEqualTo("warming up 3 / 4");
    }

    @Test
    void closedToOpenWhenTheFailureRateReachesTheThreshold() {
        open();
        assertThat(view().state()).isEqualTo(BreakerState.OPEN);
        assertThat(view().failureRateText()).isEqualTo("50.0%");
    }

    @Test
    void closedToOpenOnSlowCalls() {
        BreakerSettings slow = BreakerSettings.builder().failureRateThreshold(50).slowCallRateThreshold(50)
                .slowCallDuration(Duration.ofSeconds(1)).slidingWindowSize(4)
                .minimumNumberOfCalls(4).waitInOpenState(Duration.ofSeconds(30)).permittedCallsInHalfOpen(2).build();
        registry.update(registry.settings().withBreaker(TOOL, slow));
        for (int i = 0; i < 4; i++) {
            call(ok(i < 2 ? 2_000 : 100));
        }
        assertThat(view().state()).isEqualTo(BreakerState.OPEN);
        assertThat(view().slowCallRate()).isEqualTo(50f);
    }

    @Test
    void openShortCircuitsWithoutCallingTheTool() {
        open();
        Scripted never = new Scripted(Collections.emptyList());
        CallResult<String> r = caller.call(tool(TOOL), never, Fallback.none());
        assertThat(never.calls).isZero();
        assertThat(r.failure().type()).isEqualTo(FailureType.CIRCUIT_OPEN);
        assertThat(r.attempts()).extracting(AttemptRecord::outcome).containsExactly(CallOutcome.SHORT_CIRCUITED);
    }

    @Test
    void openToHalfOpenOnlyAfterTheWaitHasPassedOnTheClock() {
        open();
        clock.advance(Duration.ofSeconds(29));
        assertThat(call(ok(100)).failure().type()).isEqualTo(FailureType.CIRCUIT_OPEN);
        clock.advance(Duration.ofSeconds(2));
        assertThat(call(ok(100)).succeeded()).isTrue();
        assertThat(view().state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(view().failureRateText()).isEqualTo("warming up 1 / 2");
    }

    @Test
    void halfOpenToClosedWhenTheTrialCallsSucceed() {
        open();
        clock.advance(Duration.ofSeconds(31));
        call(ok(100));
        call(ok(100));
        assertThat(view().state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void halfOpenToOpenWhenTheTrialCallsFail() {
        open();
        clock.advance(Duration.ofSeconds(31));
        call(fail(FailureType.TIMEOUT));
        call(fail(FailureType.SERVER_ERROR));
        assertThat(view().state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void forceOpenRefusesEveryCallUntilClosedByHand() {
        registry.control(TOOL, BreakerCommand.FORCE_OPEN);
        assertThat(view().state()).isEqualTo(BreakerState.FORCED_OPEN);
        clock.advance(Duration.ofHours(1));
        assertThat(call(ok(100)).failure().type()).isEqualTo(FailureType.CIRCUIT_OPEN);
        registry.control(TOOL, BreakerCommand.CLOSE);
        assertThat(view().state()).isEqualTo(BreakerState.CLOSED);
        assertThat(call(ok(100)).succeeded()).isTrue();
    }

    @Test
    void disabledLetsEverythingThroughAndNeverOpens() {
        registry.control(TOOL, BreakerCommand.DISABLE);
        for (int i = 0; i < 6; i++) {
            call(fail(FailureType.SERVER_ERROR));
        }
        assertThat(view().state()).isEqualTo(BreakerState.DISABLED);
        assertThat(call(ok(100)).succeeded()).isTrue();
    }

    @Test
    void metricsOnlyMeasuresButNeverOpens() {
        registry.control(TOOL, BreakerCommand.METRICS_ONLY);
        for (int i = 0; i < 4; i++) {
            call(fail(FailureType.SERVER_ERROR));
        }
        assertThat(view().state()).isEqualTo(BreakerState.METRICS_ONLY);
        assertThat(view().failureRate()).isEqualTo(100f);
        assertThat(call(ok(100)).succeeded()).isTrue();
    }

    @Test
    void halfOpenByHandFromOpenLetsTrialCallsThroughAtOnce() {
        open();
        registry.control(TOOL, BreakerCommand.HALF_OPEN);
        assertThat(view().state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(call(ok(100)).succeeded()).isTrue();
    }

    @Test
    void resetClosesAndClearsTheCounts() {
        open();
        registry.control(TOOL, BreakerCommand.RESET);
        assertThat(view().state()).isEqualTo(BreakerState.CLOSED);
        assertThat(view().bufferedCalls()).isZero();
    }

    @Test
    void halfOpenFromClosedIsIllegalAndChangesNothing() {
        assertThat(view().commands()).doesNotContain(BreakerCommand.HALF_OPEN);
        assertThatThrownBy(() -> registry.control(TOOL, BreakerCommand.HALF_OPEN))
                .isInstanceOf(IllegalBreakerCommandException.class)
                .hasMessageContaining("get_pod_logs").hasMessageContaining("CLOSED");
        assertThat(view().state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void halfOpenFromMetricsOnlyIsIllegalAndChangesNothing() {
        registry.control(TOOL, BreakerCommand.METRICS_ONLY);
        assertThatThrownBy(() -> registry.control(TOOL, BreakerCommand.HALF_OPEN))
                .isInstanceOf(IllegalBreakerCommandException.class);
        assertThat(view().state()).isEqualTo(BreakerState.METRICS_ONLY);
    }

    @Test
    void unknownBreakerIsRefusedByName() {
        assertThatThrownBy(() -> registry.control("no_such_tool", BreakerCommand.CLOSE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_tool");
    }

    @Test
    void callerSideFailuresAreNotCountedAgainstTheDependency() {
        for (int i = 0; i < 6; i++) {
            call(fail(FailureType.PERMISSION_DENIED));
            call(fail(FailureType.VALIDATION));
        }
        assertThat(view().state()).isEqualTo(BreakerState.CLOSED);
        assertThat(view().bufferedCalls()).isZero();
    }

    @Test
    void eachAttemptOfARetriedCallCountsOnceAsDocumented() {
        registry.update(registry.settings().withToolRetry(
                RetrySettings.builder().maxAttempts(3).initialInterval(Duration.ofMillis(100)).multiplier(2).jitter(0.5)
                        .maxInterval(Duration.ofSeconds(1)).build()));
        CallResult<String> r = caller.call(tool(TOOL), new Scripted(List.of(fail(FailureType.SERVER_ERROR),
                fail(FailureType.SERVER_ERROR), ok(100))), Fallback.none());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.retries()).isEqualTo(2);
        assertThat(registry.breaker(TOOL).orElseThrow().getMetrics().getNumberOfBufferedCalls()).isEqualTo(3);
        assertThat(registry.breaker(TOOL).orElseThrow().getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
    }

    @Test
    void anOpenBreakerEndsARetryLoopAtOnce() {
        call(ok(100));
        call(ok(100));
        call(fail(FailureType.SERVER_ERROR));
        registry.update(registry.settings().withToolRetry(
                RetrySettings.builder().maxAttempts(5).initialInterval(Duration.ofMillis(100)).multiplier(2).jitter(0.5)
                        .maxInterval(Duration.ofSeconds(1)).build()));
        Scripted s = new Scripted(List.of(fail(FailureType.SERVER_ERROR), ok(100)));
        CallResult<String> r = caller.call(tool(TOOL), s, Fallback.none());
        assertThat(s.calls).isEqualTo(1);
        assertThat(r.attempts()).extracting(AttemptRecord::outcome)
                .containsExactly(CallOutcome.FAILURE, CallOutcome.SHORT_CIRCUITED);
    }

    @Test
    void sinceMarksWhenTheOutageBeganAndSwingingBetweenOpenAndHalfOpenKeepsIt() {
        Instant created = clock.now();
        assertThat(view().since()).isEqualTo(created);
        clock.advance(Duration.ofSeconds(5));
        open();
        Instant tripped = clock.now();
        assertThat(view().since()).isEqualTo(tripped);

        clock.advance(Duration.ofSeconds(31));
        call(fail(FailureType.SERVER_ERROR));
        call(fail(FailureType.SERVER_ERROR));
        assertThat(view().state()).isEqualTo(BreakerState.OPEN);
        assertThat(view().since()).as("open -> half-open -> open is one outage").isEqualTo(tripped);

        clock.advance(Duration.ofSeconds(10));
        registry.control(TOOL, BreakerCommand.CLOSE);
        assertThat(view().since()).isEqualTo(clock.now());
    }
}
