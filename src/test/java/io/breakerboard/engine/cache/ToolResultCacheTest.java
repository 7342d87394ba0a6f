package io.breakerboard.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.time.VirtualClock;
import io.breakerboard.engine.tool.ToolCall;
import io.breakerboard.engine.tool.ToolOutput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ToolResultCacheTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final ToolResultCache cache = new ToolResultCache(clock, Duration.ofMinutes(2), 2);
    private final ToolCall pods = ToolCall.of("list_pods", "namespace", "commerce");

    @Test
    void servesFreshResultsUntilTheTtlPassesOnTheClock() {
        assertThat(cache.fresh(pods)).isEmpty();
        cache.put(pods, ToolOutput.of("3 pods"));
        clock.advance(Duration.ofSeconds(119));
        assertThat(cache.fresh(pods)).contains(ToolOutput.of("3 pods"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.fresh(pods)).isEmpty();
        assertThat(cache.view().hits()).isEqualTo(1);
        assertThat(cache.view().misses()).isEqualTo(2);
        assertThat(cache.view().hitRate()).isEqualTo(1 / 3.0);
    }

    @Test
    void keepsExpiredResultsForAFallbackAndCountsThem() {
        cache.put(pods, ToolOutput.of("3 pods"));
        clock.advance(Duration.ofHours(1));
        assertThat(cache.any(pods)).hasValueSatisfying(e -> {
            assertThat(e.output().text()).isEqualTo("3 pods");
            assertThat(e.storedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        });
        assertThat(cache.view().stale()).isEqualTo(1);
    }

    @Test
    void argumentsArePartOfTheKeyInAnyOrder() {
        cache.put(ToolCall.of("get_pod_logs", "pod", "a", "tail", "200"), ToolOutput.of("logs"));
        assertThat(cache.fresh(ToolCall.of("get_pod_logs", "tail", "200", "pod", "a"))).isPresent();
        assertThat(cache.fresh(ToolCall.of("get_pod_logs", "pod", "b", "tail", "200"))).isEmpty();
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondCapacity() {
        cache.put(ToolCall.of("t", "n", "1"), ToolOutput.of("1"));
        cache.put(ToolCall.of("t", "n", "2"), ToolOutput.of("2"));
        cache.fresh(ToolCall.of("t", "n", "1"));
        cache.put(ToolCall.of("t", "n", "3"), ToolOutput.of("3"));
        assertThat(cache.view().entries()).isEqualTo(2);
        assertThat(cache.fresh(ToolCall.of("t", "n", "2"))).isEmpty();
        assertThat(cache.fresh(ToolCall.of("t", "n", "1"))).isPresent();
    }
}
