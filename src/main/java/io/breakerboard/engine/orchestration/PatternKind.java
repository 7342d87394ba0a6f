package io.breakerboard.engine.orchestration;

import io.breakerboard.engine.sim.Domain;
import java.util.Locale;

/** The five orchestration patterns and the domain each runs on. */
public enum PatternKind {
    /** validate → extract → check, each stage feeding the next. */
    SEQUENTIAL(Domain.FINANCE),
    /** A planner splits the investigation among specialists and synthesises their findings. */
    HIERARCHICAL(Domain.SRE),
    /** ReAct rounds, each critiqued; refined up to a fixed number of times (reflexion). */
    ITERATIVE(Domain.SRE),
    /** Invoice approval: pending → review → approved / rejected; illegal transitions refused. */
    STATE_MACHINE(Domain.FINANCE),
    /** Several agents vote; the majority decides. */
    VOTING(Domain.FINANCE);

    private final Domain domain;

    PatternKind(Domain domain) {
        this.domain = domain;
    }

    public Domain domain() {
        return domain;
    }

    /** Lower-case id as stored on steps, e.g. {@code state_machine}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the id and the known ones */
    public static PatternKind parse(String id) {
        for (PatternKind p : values()) {
            if (p.id().equalsIgnoreCase(id) || p.name().equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown orchestration pattern '" + id + "'; known: sequential, "
                + "hierarchical, iterative, state_machine, voting");
    }
}
