package io.breakerboard.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call that takes its time while it runs (a real HTTP model) is not waited for a second time. */
class RealLatencyTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final VirtualClock clock = new VirtualClock(T0);
    private final ResilientCaller caller = new ResilientCaller(new ReliabilityRegistry(clock, ReliabilitySettings.defaults()), clock);

    private static CallSite model() {
        return new CallSite(CallKind.MODEL, "atlas-pro", "sre-investigator#1", "exec-1", 1, Map.of(), 7);
    }

    @Test
    void aCallThatAlreadyTookItsLatencyEndsWhenItReturns() {
        CallResult<String> r = caller.call(model(), s -> {
            clock.sleep(Duration.ofMillis(1_800));
            return Attempt.ok("answer", Duration.ofMillis(1_800), Usage.NONE);
        }, Fallback.none());

        assertThat(r.succeeded()).isTrue();
        assertThat(clock.now()).isEqualTo(T0.plusMillis(1_800));
        assertThat(r.attempts().get(0).latency()).isEqualTo(Duration.ofMillis(1_800));
    }

    @Test
    void latencyAddedOnTopOfARealCallIsStillWaitedFor() {
        caller.interceptor(new io.breakerboard.engine.reliability.CallInterceptor() {
            @Override
            public <T> Attempt<T> intercept(CallSite site, io.breakerboard.engine.reliability.Invocation<T> next) {
                Attempt<T> a = next.proceed();
                return a.withLatency(a.latency().plusSeconds(2));
            }
        });

        caller.call(model(), s -> {
            clock.sleep(Duration.ofMillis(500));
            return Attempt.ok("answer", Duration.ofMillis(500), Usage.NONE);
        }, Fallback.none());

        assertThat(clock.now()).isEqualTo(T0.plusMillis(2_500));
    }
}
