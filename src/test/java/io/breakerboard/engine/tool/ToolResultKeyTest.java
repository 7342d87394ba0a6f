package io.breakerboard.engine.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ToolResultKeyTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final ToolSpec health = ToolCatalog.standard().get("check_service_health").spec();

    @Test
    void aKeyNamesToolVersionCanonicalArgumentsAndScope() {
        ToolResultKey k = ToolResultKey.of(health, ToolCall.of("check_service_health", "service", "checkout-api"),
                "incident-63");
        assertThat(k).isEqualTo(new ToolResultKey("check_service_health", health.version(),
                "{\"service\":\"checkout-api\"}", "incident-63"));
    }

    @Test
    void aNewVersionOfTheToolNeverGetsTheOldVersionsAnswer() {
        ToolResultCache cache = new ToolResultCache(clock, Duration.ofMinutes(5), 10);
        ToolCall call = ToolCall.of("check_service_health", "service", "checkout-api");
        cache.put(ToolResultKey.of(health, call, "s"), ToolOutput.of("healthy"), 200);
        ToolSpec v2 = new ToolSpec(health.name(), health.description(), health.required(), health.idempotent(),
                health.schema(), health.latency(), health.failures(), health.alternative(), "2", health.price());
        assertThat(cache.fresh(ToolResultKey.of(v2, call, "s"))).isEmpty();
        assertThat(cache.fresh(ToolResultKey.of(health, call, "s"))).isPresent();
    }

    @Test
    void aStaleServeIsCountedAndAnEmptyFallbackIsNot() {
        ToolResultCache cache = new ToolResultCache(clock, Duration.ofMinutes(1), 10);
        ToolResultKey k = ToolResultKey.of(health, ToolCall.of("check_service_health", "service", "a"), "s");
        assertThat(cache.any(k)).isEmpty();
        cache.put(k, ToolOutput.of("degraded"), 200);
        clock.advance(Duration.ofMinutes(3));
        assertThat(cache.fresh(k)).isEmpty();
        assertThat(cache.any(k)).map(e -> e.output().text()).contains("degraded");
        assertThat(cache.view().stale()).isEqualTo(1);
        assertThat(cache.view().misses()).isEqualTo(1);
        assertThat(cache.view().savedMicros()).isZero();
    }

    @Test
    void aCacheWithoutTimeToLiveOrRoomIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new ToolResultCache(clock, Duration.ZERO, 10))
                .hasMessage("cache ttl must be positive and capacity at least 1, got PT0S, 10");
        assertThatThrownBy(() -> new ToolResultCache(clock, Duration.ofMinutes(1), 0)).hasMessageContaining("PT1M, 0");
    }
}
