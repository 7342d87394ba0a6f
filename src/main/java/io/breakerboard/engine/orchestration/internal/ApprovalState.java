package io.breakerboard.engine.orchestration.internal;

import java.util.EnumSet;
import java.util.Set;

/** States of an invoice in approval. APPROVED and REJECTED are final. */
public enum ApprovalState {
    PENDING,
    REVIEW,
    APPROVED,
    REJECTED;

    /** The states reachable from this one in one transition. */
    public Set<ApprovalState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(REVIEW, REJECTED);
            case REVIEW -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED, REJECTED -> EnumSet.noneOf(ApprovalState.class);
        };
    }
}
