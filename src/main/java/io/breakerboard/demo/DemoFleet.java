package io.breakerboard.demo;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.Permission;
import java.util.List;

/**
 * The agents of the demo logs, built from the engine's types and run by the engine. They live here rather than in
 * the engine's {@link AgentCatalog}: the engine's agents are what the Engine tab and {@code engine run} offer and
 * resume, and the demo's names must never merge with theirs in one store's statistics. Each works in one of the
 * engine's two simulated domains with the engine's tools and models; they differ in model, pattern, role,
 * carefulness and traffic.
 */
final class DemoFleet {
    /**
     * One demo agent.
     *
     * @param spec    the agent as the engine runs it
     * @param pattern the orchestration pattern its executions use
     * @param weight  its share of the traffic, relative to the others
     */
    record DemoAgent(AgentSpec spec, PatternKind pattern, int weight) {
    }

    private static final List<DemoAgent> AGENTS = List.of(
            agent("incident-triage", Domain.SRE, Permission.READ, ModelCatalog.CHEAP, 12, 3, 0.92, PatternKind.ITERATIVE, 16),
            agent("root-cause-analyst", Domain.SRE, Permission.READ, ModelCatalog.STRONG, 14, 2, 0.98, PatternKind.HIERARCHICAL, 8),
            agent("on-call-assistant", Domain.SRE, Permission.READ, ModelCatalog.CHEAP, 10, 2, 0.88, PatternKind.HIERARCHICAL, 10),
            agent("invoice-validator", Domain.FINANCE, Permission.WRITE, ModelCatalog.CHEAP, 10, 3, 0.93, PatternKind.SEQUENTIAL, 18),
            agent("reconciler", Domain.FINANCE, Permission.WRITE, ModelCatalog.STRONG, 10, 2, 0.97, PatternKind.SEQUENTIAL, 10),
            agent("fraud-scorer", Domain.FINANCE, Permission.WRITE, ModelCatalog.CHEAP, 8, 2, 0.95, PatternKind.VOTING, 12),
            agent("approval-bot", Domain.FINANCE, Permission.ADMIN, ModelCatalog.STRONG, 10, 2, 0.98, PatternKind.STATE_MACHINE, 10),
            agent("expense-auditor", Domain.FINANCE, Permission.ADMIN, ModelCatalog.CHEAP, 10, 2, 0.85, PatternKind.STATE_MACHINE, 6));

    private DemoFleet() {
    }

    static List<DemoAgent> agents() {
        return AGENTS;
    }

    static List<String> names() {
        return AGENTS.stream().map(a -> a.spec().name()).toList();
    }

    private static DemoAgent agent(String name, Domain domain, Permission role, String model, int maxIterations,
                                   int instances, double carefulness, PatternKind pattern, int weight) {
        AgentSpec spec = AgentSpec.builder(name, domain).role(role).model(model).tools(toolsOf(domain))
                .maxIterations(maxIterations).instances(instances).carefulness(carefulness).build();
        return new DemoAgent(spec, pattern, weight);
    }

    // The engine's tool set of a domain, as its own agents of that domain know it.
    private static List<String> toolsOf(Domain domain) {
        return AgentCatalog.all().stream().filter(a -> a.domain() == domain).findFirst().orElseThrow().tools();
    }
}
