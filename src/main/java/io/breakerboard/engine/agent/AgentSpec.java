package io.breakerboard.engine.agent;

import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.Permission;
import java.util.List;
import java.util.Objects;

/**
 * An agent: what it works on, what it may do and with which model. Built with {@link #builder}, which names every
 * number.
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

    /** An agent of this name working in this domain. */
    public static Builder builder(String name, Domain domain) {
        return new Builder(name, domain);
    }

    /** Names each setting of an {@link AgentSpec}; all must be set. */
    public static final class Builder {
        private final String name;
        private final Domain domain;
        private Permission role;
        private String model;
        private List<String> tools;
        private Integer maxIterations;
        private Integer instances;
        private Double carefulness;

        private Builder(String name, Domain domain) {
            this.name = name;
            this.domain = domain;
        }

        public Builder role(Permission v) { this.role = v; return this; }
        public Builder model(String v) { this.model = v; return this; }
        public Builder tools(List<String> v) { this.tools = v; return this; }
        public Builder maxIterations(int v) { this.maxIterations = v; return this; }
        public Builder instances(int v) { this.instances = v; return this; }
        public Builder carefulness(double v) { this.carefulness = v; return this; }

        /** @throws NullPointerException naming the first setting left unset */
        public AgentSpec build() {
            return new AgentSpec(name, domain, required(role, "role"), required(model, "model"),
                    required(tools, "tools"), required(maxIterations, "maxIterations"),
                    required(instances, "instances"), required(carefulness, "carefulness"));
        }

        private <T> T required(T value, String setting) {
            return Objects.requireNonNull(value, () -> "agent " + name + ": " + setting + " must be set");
        }
    }

    /** The agent as a caller of tools and models. */
    public Actor actor() {
        return new Actor(name, model, role);
    }
}
