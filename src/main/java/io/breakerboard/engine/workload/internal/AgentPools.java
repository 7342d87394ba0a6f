package io.breakerboard.engine.workload.internal;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.InstanceLoad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running instances of every agent, and the balancer settings they run under; the first instance of each
 * carries twice the weight of the others.
 */
public final class AgentPools {
    private final Map<String, List<AgentInstance>> pools = new LinkedHashMap<>();
    private volatile BalancerSettings settings = BalancerSettings.defaults();

    public AgentPools(EngineClock clock, BalancerSettings settings) {
        this(clock);
        apply(settings);
    }

    public AgentPools(EngineClock clock) {
        for (AgentSpec a : AgentCatalog.all()) {
            List<AgentInstance> list = new ArrayList<>();
            for (int i = 1; i <= a.instances(); i++) {
                list.add(new AgentInstance(a.name(), i, i == 1 ? 2 : 1, clock));
            }
            pools.put(a.name(), List.copyOf(list));
        }
        apply(settings);
    }

    /** New capacities take effect for the next placement; running executions are not touched. */
    public void apply(BalancerSettings s) {
        this.settings = s;
        for (AgentInstance a : all()) {
            a.capacity(s.instanceCapacity());
        }
    }

    public BalancerSettings settings() {
        return settings;
    }

    /** Arrivals that may wait for an instance. */
    public int queueCapacity() {
        return settings.queueCapacity();
    }

    /** Every instance's load, agent by agent. */
    public List<InstanceLoad> loads() {
        return all().stream().map(AgentInstance::load).toList();
    }

    /** @throws IllegalArgumentException naming the agent when it has no pool */
    public List<AgentInstance> of(String agent) {
        List<AgentInstance> l = pools.get(agent);
        if (l == null) {
            throw new IllegalArgumentException("no instances of agent '" + agent + "'; known: " + pools.keySet());
        }
        return l;
    }

    public List<AgentInstance> all() {
        return pools.values().stream().flatMap(List::stream).toList();
    }
}
