package io.breakerboard.engine.agent;

import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.FinanceTools;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.SreTools;
import io.breakerboard.engine.tool.Tool;
import java.util.List;

/** The simulated agents: two investigating incidents, two processing invoices. */
public final class AgentCatalog {
    private static final List<String> SRE = SreTools.all().stream().map(t -> t.spec().name()).toList();
    private static final List<String> FINANCE = FinanceTools.all().stream().map(Tool::spec).map(s -> s.name()).toList();

    private static final List<AgentSpec> ALL = List.of(
            new AgentSpec("sre-triage", Domain.SRE, Permission.READ, ModelCatalog.CHEAP, SRE, 12, 3, 0.93),
            new AgentSpec("sre-investigator", Domain.SRE, Permission.READ, ModelCatalog.STRONG, SRE, 14, 2, 0.98),
            new AgentSpec("invoice-clerk", Domain.FINANCE, Permission.WRITE, ModelCatalog.CHEAP, FINANCE, 10, 3, 0.93),
            new AgentSpec("payments-controller", Domain.FINANCE, Permission.ADMIN, ModelCatalog.STRONG, FINANCE, 10, 2, 0.98));

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
