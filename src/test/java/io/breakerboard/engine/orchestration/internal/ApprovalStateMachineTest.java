package io.breakerboard.engine.orchestration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalStateMachineTest {

    @Test
    void pendingGoesToReviewThenApproved() {
        ApprovalStateMachine sm = new ApprovalStateMachine();
        sm.transition(ApprovalState.REVIEW);
        sm.transition(ApprovalState.APPROVED);
        assertThat(sm.state()).isEqualTo(ApprovalState.APPROVED);
    }

    @Test
    void reviewCanReject() {
        ApprovalStateMachine sm = new ApprovalStateMachine();
        sm.transition(ApprovalState.REVIEW);
        sm.transition(ApprovalState.REJECTED);
        assertThat(sm.state()).isEqualTo(ApprovalState.REJECTED);
    }

    @Test
    void skippingReviewIsRefusedAndChangesNothing() {
        ApprovalStateMachine sm = new ApprovalStateMachine();
        assertThatThrownBy(() -> sm.transition(ApprovalState.APPROVED))
                .hasMessage("illegal transition PENDING -> APPROVED; from PENDING only [REVIEW, REJECTED] is allowed");
        assertThat(sm.state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void finalStatesAllowNothing() {
        ApprovalStateMachine sm = new ApprovalStateMachine();
        sm.transition(ApprovalState.REJECTED);
        assertThatThrownBy(() -> sm.transition(ApprovalState.REVIEW)).hasMessageContaining("final state");
        assertThatThrownBy(() -> sm.transition(ApprovalState.PENDING)).isInstanceOf(IllegalStateException.class);
    }
}
