package io.breakerboard.engine.agent;

import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.Permission;
import java.util.List;

/**
 * An agent: what it works on, what it may do and with which model.
 *
 * @param name          agent name, as it appears on executions
 * @param domain        SRE or finance
 * @param role          its authorization level
 * @param model         the model it reasons with
 * @param tools         the tools it knows
 * @param maxIterations reason-act-observe iterations before it must stop
 * @param instances     running copies to balance executions across
 * @param carefulness   0..1; how rarely it repeats itself, passes bad arguments or oversteps its role
 */
public record AgentSpec(String name, Domain domain, Permission role, String model, List<String> tools,
                        int maxIterations, int instances, double carefulness) {

    public AgentSpec {
        tools = List.copyOf(tools);
        if (maxIterations < 1 || instances < 1) {
            throw new IllegalArgumentException("agent " + name + ": maxIterations and instances must be at least 1");
        }
    }

    /** The agent as a caller of tools and models. */
    public Actor actor() {
        return new Actor(name, model, role);
    }
}
