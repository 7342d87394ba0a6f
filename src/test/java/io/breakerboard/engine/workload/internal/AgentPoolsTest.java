package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancingStrategy;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.model.Execution;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentPoolsTest {

    @Test
    void eachAgentRunsAsManyInstancesAsItsSpecSaysAndTheFirstWeighsDouble() {
        AgentPools pools = new AgentPools(EngineFixtures.clock());
        for (AgentSpec a : AgentCatalog.all()) {
            List<AgentInstance> instances = pools.of(a.name());
            assertThat(instances).hasSize(a.instances());
            assertThat(instances.get(0).id()).isEqualTo(a.name() + "#1");
            assertThat(instances.get(0).weight()).isEqualTo(2);
            assertThat(instances.subList(1, instances.size())).allSatisfy(i -> assertThat(i.weight()).isEqualTo(1));
        }
        assertThat(pools.all()).hasSize(AgentCatalog.all().stream().mapToInt(AgentSpec::instances).sum());
    }

    @Test
    void newBalancerSettingsSetEveryInstancesCapacityAndTheQueue() {
        AgentPools pools = new AgentPools(EngineFixtures.clock(),
                new BalancerSettings(BalancingStrategy.LEAST_LOADED, 4, 10));
        assertThat(pools.loads()).extracting(InstanceLoad::capacity).containsOnly(4);
        assertThat(pools.queueCapacity()).isEqualTo(10);
        pools.apply(pools.settings().withInstanceCapacity(2).withQueueCapacity(0));
        assertThat(pools.loads()).extracting(InstanceLoad::capacity).containsOnly(2);
        assertThat(pools.queueCapacity()).isZero();
        assertThat(pools.settings().strategy()).isEqualTo(BalancingStrategy.LEAST_LOADED);
    }

    @Test
    void anAgentWithoutInstancesIsNamed() {
        assertThatThrownBy(() -> new AgentPools(EngineFixtures.clock()).of("night-owl"))
                .hasMessageStartingWith("no instances of agent 'night-owl'; known: [sre-triage");
    }

    @Test
    void thePublisherHandsEveryExecutionToTheSinkInOrder() {
        ListSink sink = new ListSink();
        try (ExecutionPublisher publisher = new ExecutionPublisher(sink)) {
            for (int i = 0; i < 1_200; i++) {
                publisher.publish(Execution.builder("exec-" + i).agent("sre-triage").startedAt(EngineFixtures.T0)
                        .build());
            }
            publisher.awaitDrained();
            assertThat(publisher.published()).isEqualTo(1_200);
        }
        assertThat(sink.executions()).extracting(Execution::key).startsWith("exec-0", "exec-1").endsWith("exec-1199")
                .doesNotHaveDuplicates().hasSize(1_200);
    }
}
