package io.breakerboard.engine.orchestration.internal;

/** The approval workflow's state, moving only along legal transitions. */
public final class ApprovalStateMachine {
    private ApprovalState state = ApprovalState.PENDING;

    public ApprovalState state() {
        return state;
    }

    /**
     * Moves to {@code to}.
     *
     * @throws IllegalStateException naming both states and the legal targets when the transition is illegal;
     *                               the state is unchanged
     */
    public void transition(ApprovalState to) {
        if (!state.next().contains(to)) {
            throw new IllegalStateException("illegal transition " + state + " -> " + to + "; from " + state
                    + " only " + (state.next().isEmpty() ? "nothing (final state)" : state.next()) + " is allowed");
        }
        state = to;
    }
}
