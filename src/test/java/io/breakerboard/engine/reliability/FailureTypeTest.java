package io.breakerboard.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailureTypeTest {

    @Test
    void onlyTimeoutsServerErrorsAndRateLimitsAreWorthARetry() {
        Set<FailureType> transientTypes = EnumSet.noneOf(FailureType.class);
        for (FailureType t : FailureType.values()) {
            if (t.isTransient()) {
                transientTypes.add(t);
            }
        }
        assertThat(transientTypes).containsExactlyInAnyOrder(FailureType.TIMEOUT, FailureType.SERVER_ERROR,
                FailureType.RATE_LIMITED);
    }

    @Test
    void refusalsOnTheCallersSideNeverCountAgainstTheDependency() {
        Set<FailureType> callerSide = EnumSet.noneOf(FailureType.class);
        for (FailureType t : FailureType.values()) {
            if (t.isCallerSide()) {
                callerSide.add(t);
                assertThat(t.isTransient()).as(t + " is not retried").isFalse();
            }
        }
        assertThat(callerSide).containsExactlyInAnyOrder(FailureType.PERMISSION_DENIED, FailureType.VALIDATION,
                FailureType.CIRCUIT_OPEN, FailureType.BULKHEAD_FULL, FailureType.BUDGET_EXCEEDED);
    }

    @Test
    void aServerErrorIsAModelOrAToolErrorByWhatFailed() {
        assertThat(FailureType.SERVER_ERROR.errorKind(CallKind.MODEL)).isEqualTo(ErrorKind.MODEL_ERROR);
        assertThat(FailureType.SERVER_ERROR.errorKind(CallKind.TOOL)).isEqualTo(ErrorKind.TOOL_ERROR);
    }

    @Test
    void everyFailureHasAnErrorKindForStepsAndExecutions() {
        for (FailureType t : FailureType.values()) {
            for (CallKind k : CallKind.values()) {
                assertThat(t.errorKind(k)).as(t + " on " + k).isNotNull();
            }
        }
        assertThat(FailureType.BULKHEAD_FULL.errorKind(CallKind.TOOL)).isEqualTo(ErrorKind.RATE_LIMIT);
        assertThat(FailureType.MALFORMED.errorKind(CallKind.MODEL)).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
        assertThat(FailureType.BUDGET_EXCEEDED.errorKind(CallKind.MODEL)).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
    }
}
