package io.breakerboard.engine.agent;

import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.internal.FinanceTools;
import io.breakerboard.engine.tool.internal.SreTools;
import java.util.List;

/** The simulated agents: two investigating incidents, two processing invoices. */
public final class AgentCatalog {
    private static final List<String> SRE = SreTools.all().stream().map(t -> t.spec().name()).toList();
    private static final List<String> FINANCE = FinanceTools.all().stream().map(Tool::spec).map(s -> s.name()).toList();

    private static final List<AgentSpec> ALL = List.of(
            AgentSpec.builder("sre-triage", Domain.SRE).role(Permission.READ).model(ModelCatalog.CHEAP).tools(SRE)
                    .maxIterations(12).instances(3).carefulness(0.93).build(),
            AgentSpec.builder("sre-investigator", Domain.SRE).role(Permission.READ).model(ModelCatalog.STRONG)
                    .tools(SRE).maxIterations(14).instances(2).carefulness(0.98).build(),
            AgentSpec.builder("invoice-clerk", Domain.FINANCE).role(Permission.WRITE).model(ModelCatalog.CHEAP)
                    .tools(FINANCE).maxIterations(10).instances(3).carefulness(0.93).build(),
            AgentSpec.builder("payments-controller", Domain.FINANCE).role(Permission.ADMIN).model(ModelCatalog.STRONG)
                    .tools(FINANCE).maxIterations(10).instances(2).carefulness(0.98).build());

    private AgentCatalog() {
    }

    public static List<AgentSpec> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException naming the agent and the known ones */
    public static AgentSpec get(String name) {
        for (AgentSpec a : ALL) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown agent '" + name + "'; known: "
                + ALL.stream().map(AgentSpec::name).toList());
    }
}
