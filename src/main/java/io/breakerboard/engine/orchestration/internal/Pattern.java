package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.orchestration.PatternKind;

/**
 * An orchestration pattern: how one execution's agents and calls are arranged. Guards stop a pattern by
 * throwing {@link io.breakerboard.engine.guard.internal.GuardStop}; the runner records the stop.
 */
public interface Pattern {

    PatternKind kind();

    PatternResult run(ExecutionContext ctx);

    /** The pattern of a kind. */
    static Pattern of(PatternKind kind) {
        return switch (kind) {
            case SEQUENTIAL -> new SequentialPattern();
            case HIERARCHICAL -> new HierarchicalPattern();
            case ITERATIVE -> new IterativePattern();
            case STATE_MACHINE -> new StateMachinePattern();
            case VOTING -> new VotingPattern();
        };
    }
}
