package io.breakerboard.engine.workload;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.balance.AgentInstance;
import io.breakerboard.engine.time.EngineClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running instances of every agent; the first instance of each carries twice the weight of the others. */
public final class AgentPools {
    private final Map<String, List<AgentInstance>> pools = new LinkedHashMap<>();

    public AgentPools(EngineClock clock) {
        for (AgentSpec a : AgentCatalog.all()) {
            List<AgentInstance> list = new ArrayList<>();
            for (int i = 1; i <= a.instances(); i++) {
                list.add(new AgentInstance(a.name(), i, i == 1 ? 2 : 1, clock));
            }
            pools.put(a.name(), List.copyOf(list));
        }
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
