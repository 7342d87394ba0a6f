package io.breakerboard.lab;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;

/**
 * One recorded execution and what it came to in the replay.
 *
 * @param recorded   the execution as it happened
 * @param outcome    its outcome in the replay
 * @param errorKind  why it failed in the replay; null when it succeeded
 * @param costMicros what it cost in the replay
 * @param duration   how long it took in the replay
 * @param detail     what changed, in words; empty when nothing did
 */
record ReplayedExecution(Execution recorded, Outcome outcome, ErrorKind errorKind, long costMicros,
                         Duration duration, String detail) {

    /** Failed in the recording, succeeded in the replay. */
    boolean saved() {
        return !recorded.outcome().isSuccess() && outcome.isSuccess();
    }

    /** Succeeded in the recording, failed in the replay. */
    boolean lost() {
        return recorded.outcome().isSuccess() && !outcome.isSuccess();
    }
}
