package io.breakerboard.engine.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.internal.AgentInstance;
import io.breakerboard.engine.workload.internal.LoadBalancer;
import io.breakerboard.engine.workload.internal.RandomBalancer;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;
import io.breakerboard.repository.JdbcBalancerSettingsStore;
import io.breakerboard.testsupport.H2;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BalancerSettingsTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<AgentInstance> pool = List.of(new AgentInstance("a", 1, 2, clock),
            new AgentInstance("a", 2, 1, clock), new AgentInstance("a", 3, 1, clock));

    @Test
    void everyStrategyPassesOverAnInstanceAtItsCapacity() {
        pool.forEach(a -> a.capacity(1));
        pool.get(0).acquire();
        for (BalancingStrategy s : BalancingStrategy.values()) {
            LoadBalancer b = s.create();
            SplittableRandom r = new SplittableRandom(3);
            for (int i = 0; i < 20; i++) {
                assertThat(b.pick(pool, r)).as(s.id()).hasValueSatisfying(a -> assertThat(a.id()).isNotEqualTo("a#1"));
            }
        }
        pool.get(1).acquire();
        pool.get(2).acquire();
        assertThat(BalancingStrategy.RANDOM.create().pick(pool, new SplittableRandom(1))).isEmpty();
    }

    @Test
    void randomSpreadsEvenlyOverInstancesWithRoom() {
        Map<String, Integer> counts = new HashMap<>();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 3_000; i++) {
            counts.merge(new RandomBalancer().pick(pool, r).orElseThrow().id(), 1, Integer::sum);
        }
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(900, 1_100));
    }

    @Test
    void businessOutcomesNeverTakeAnInstanceOutOfRotation() {
        AgentInstance a = pool.get(0);
        for (int i = 0; i < 20; i++) {
            a.acquire();
            a.release(!AgentInstance.infrastructureFailure(Outcome.PARTIAL, ErrorKind.MAX_ITERATIONS));
            a.acquire();
            a.release(!AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.VALIDATION));
        }
        assertThat(a.healthy()).isTrue();
        for (int i = 0; i < AgentInstance.FAILURES_TO_UNHEALTHY; i++) {
            a.acquire();
            a.release(!AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.MODEL_ERROR));
        }
        assertThat(a.healthy()).isFalse();
    }

    @Test
    void strategiesParseFromTheirIdsAndBadValuesAreNamed() {
        assertThat(BalancingStrategy.parse("least-loaded")).isEqualTo(BalancingStrategy.LEAST_LOADED);
        assertThat(BalancingStrategy.parse("RANDOM")).isEqualTo(BalancingStrategy.RANDOM);
        assertThatThrownBy(() -> BalancingStrategy.parse("fastest")).hasMessageContaining("'fastest'")
                .hasMessageContaining("round-robin, least-loaded, weighted, random");
        assertThatThrownBy(() -> BalancerSettings.defaults().withInstanceCapacity(0))
                .hasMessageContaining("instance capacity must be in [1, 512], got 0");
    }

    @Test
    void settingsAreStoredAndReadBack() {
        JdbcBalancerSettingsStore store = new JdbcBalancerSettingsStore(H2.migrated("balancer-settings"));
        assertThat(store.load()).isEmpty();
        BalancerSettings s = new BalancerSettings(BalancingStrategy.WEIGHTED, 4, 50);
        store.save(s);
        store.save(s.withQueueCapacity(60));
        assertThat(store.load()).contains(s.withQueueCapacity(60));
    }
}
