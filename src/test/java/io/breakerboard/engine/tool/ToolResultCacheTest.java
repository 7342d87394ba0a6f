package io.breakerboard.engine.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ToolResultCacheTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final ToolResultCache cache = new ToolResultCache(clock, Duration.ofMinutes(2), 2);
    private final ToolResultKey pods = key(ToolCall.of("list_pods", "namespace", "commerce"), "task-a");

    private static ToolResultKey key(ToolCall call, String scope) {
        return new ToolResultKey(call.tool(), "1", call.argsJson(), scope);
    }

    private static ToolResultKey key(ToolCall call) {
        return key(call, "task-a");
    }

    @Test
    void servesFreshResultsUntilTheTtlPassesOnTheClock() {
        assertThat(cache.fresh(pods)).isEmpty();
        cache.put(pods, ToolOutput.of("3 pods"), 0);
        clock.advance(Duration.ofSeconds(119));
        assertThat(cache.fresh(pods)).hasValueSatisfying(e -> assertThat(e.output()).isEqualTo(ToolOutput.of("3 pods")));
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.fresh(pods)).isEmpty();
        assertThat(cache.view().hits()).isEqualTo(1);
        assertThat(cache.view().misses()).isEqualTo(2);
        assertThat(cache.view().hitRate()).isEqualTo(1 / 3.0);
    }

    @Test
    void keepsExpiredResultsForAFallbackAndCountsThem() {
        cache.put(pods, ToolOutput.of("3 pods"), 0);
        clock.advance(Duration.ofHours(1));
        assertThat(cache.any(pods)).hasValueSatisfying(e -> {
            assertThat(e.output().text()).isEqualTo("3 pods");
            assertThat(e.storedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        });
        assertThat(cache.view().stale()).isEqualTo(1);
    }

    @Test
    void argumentsArePartOfTheKeyInAnyOrder() {
        cache.put(key(ToolCall.of("get_pod_logs", "pod", "a", "tail", "200")), ToolOutput.of("logs"), 0);
        assertThat(cache.fresh(key(ToolCall.of("get_pod_logs", "tail", "200", "pod", "a")))).isPresent();
        assertThat(cache.fresh(key(ToolCall.of("get_pod_logs", "pod", "b", "tail", "200")))).isEmpty();
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondCapacity() {
        cache.put(key(ToolCall.of("t", "n", "1")), ToolOutput.of("1"), 0);
        cache.put(key(ToolCall.of("t", "n", "2")), ToolOutput.of("2"), 0);
        cache.fresh(key(ToolCall.of("t", "n", "1")));
        cache.put(key(ToolCall.of("t", "n", "3")), ToolOutput.of("3"), 0);
        assertThat(cache.view().entries()).isEqualTo(2);
        assertThat(cache.fresh(key(ToolCall.of("t", "n", "2")))).isEmpty();
        assertThat(cache.fresh(key(ToolCall.of("t", "n", "1")))).isPresent();
    }

    @Test
    void theSameCallForAnotherTaskOrToolVersionIsAMiss() {
        ToolCall health = ToolCall.of("check_service_health", "service", "checkout-api");
        cache.put(key(health, "incident A: bad deploy"), ToolOutput.of("DEGRADED"), 0);
        assertThat(cache.fresh(key(health, "incident B: healthy"))).isEmpty();
        assertThat(cache.fresh(new ToolResultKey(health.tool(), "2", health.argsJson(), "incident A: bad deploy"))).isEmpty();
        assertThat(cache.fresh(key(health, "incident A: bad deploy"))).isPresent();
    }

    @Test
    void aHitOnAPricedToolCountsTheFeeItSaved() {
        cache.put(pods, ToolOutput.of("3 pods"), 2_000);
        cache.fresh(pods);
        cache.fresh(pods);
        assertThat(cache.view().savedMicros()).isEqualTo(4_000);
    }

    @Test
    void aDisabledCacheHoldsNothing() {
        ToolResultCache off = new ToolResultCache(clock, Duration.ofMinutes(2), 2, false);
        off.put(pods, ToolOutput.of("3 pods"), 0);
        assertThat(off.fresh(pods)).isEmpty();
        assertThat(off.view().entries()).isZero();
    }
}
