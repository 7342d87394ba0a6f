package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.BalancingStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<AgentInstance> pool = List.of(new AgentInstance("a", 1, 3, clock),
            new AgentInstance("a", 2, 1, clock), new AgentInstance("a", 3, 1, clock));

    private List<String> picks(LoadBalancer b, int n) {
        List<String> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            out.add(b.pick(pool, r).map(AgentInstance::id).orElse("none"));
        }
        return out;
    }

    @Test
    void roundRobinTakesTurnsAndSkipsUnhealthyInstances() {
        assertThat(picks(new RoundRobinBalancer(), 4)).containsExactly("a#1", "a#2", "a#3", "a#1");
        pool.get(1).markDown(true);
        assertThat(picks(new RoundRobinBalancer(), 4)).doesNotContain("a#2");
    }

    @Test
    void leastLoadedPicksTheIdlestInstance() {
        pool.get(0).acquire();
        pool.get(0).acquire();
        pool.get(1).acquire();
        assertThat(new LeastLoadedBalancer().pick(pool, new SplittableRandom(1))).contains(pool.get(2));
        pool.get(2).markDown(true);
        assertThat(new LeastLoadedBalancer().pick(pool, new SplittableRandom(1))).contains(pool.get(1));
    }

    @Test
    void weightedFollowsTheWeights() {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : picks(new WeightedBalancer(), 5_000)) {
            counts.merge(id, 1, Integer::sum);
        }
        assertThat(counts.get("a#1")).isBetween(2_800, 3_200);
        assertThat(counts.get("a#2")).isBetween(850, 1_150);
    }

    @Test
    void noHealthyInstanceMeansNoPick() {
        pool.forEach(i -> i.markDown(true));
        for (BalancingStrategy s : BalancingStrategy.values()) {
            assertThat(s.create().pick(pool, new SplittableRandom(1))).isEmpty();
        }
    }

    @Test
    void consecutiveFailuresTakeAnInstanceOutForACoolDown() {
        AgentInstance i = pool.get(0);
        for (int n = 0; n < AgentInstance.FAILURES_TO_UNHEALTHY; n++) {
            i.acquire();
            i.release(false);
        }
        assertThat(i.healthy()).isFalse();
        clock.advance(AgentInstance.COOL_DOWN.minus(Duration.ofSeconds(1)));
        assertThat(i.healthy()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(i.healthy()).isTrue();
    }
}
