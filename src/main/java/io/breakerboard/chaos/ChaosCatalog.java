package io.breakerboard.chaos;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.ModelSpec;
import io.breakerboard.engine.tool.ToolCatalog;
import java.util.List;

/**
 * The names a fault can aim at, and the breakers a probe can watch (one per tool and model).
 *
 * @param tools  tool names
 * @param agents agent names
 * @param models model names
 */
public record ChaosCatalog(List<String> tools, List<String> agents, List<String> models) {

    public ChaosCatalog {
        tools = List.copyOf(tools);
        agents = List.copyOf(agents);
        models = List.copyOf(models);
    }

    /** The engine's standard tools, agents and models. */
    public static ChaosCatalog standard() {
        return new ChaosCatalog(ToolCatalog.standard().names(), AgentCatalog.all().stream().map(AgentSpec::name).toList(),
                ModelCatalog.all().stream().map(ModelSpec::name).toList());
    }

    /** Every circuit breaker: one per tool and per model. */
    public List<String> breakers() {
        return java.util.stream.Stream.concat(tools.stream(), models.stream()).toList();
    }

    /** @throws IllegalArgumentException naming the unknown tool, agent or model and the known ones */
    public void check(FaultTarget target) {
        switch (target.scope()) {
            case TOOL -> known("tool", target.name(), tools);
            case AGENT -> known("agent", target.name(), agents);
            case MODEL -> known("model", target.name(), models);
            default -> { }
        }
    }

    /** @throws IllegalArgumentException naming the unknown name and the known ones */
    public static void known(String what, String name, List<String> names) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "'; known: " + String.join(", ", names));
        }
    }
}
