package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;

/**
 * What a pattern produced.
 *
 * @param answer     the final answer
 * @param complete   true when the goal was reached
 * @param conclusion the root cause or decision, remembered for later tasks; null when none was reached
 * @param shortfall  when not complete: why, in a sentence a person can act on; null when complete
 * @param kind       when not complete: the error kind of the shortfall
 * @param outcome    when not complete: PARTIAL when the answer is still of use, FAILURE when it is wrong
 */
public record PatternResult(String answer, boolean complete, String conclusion, String shortfall, ErrorKind kind,
                            Outcome outcome) {

    public PatternResult {
        if (!complete && (shortfall == null || kind == null || outcome == null || outcome == Outcome.SUCCESS)) {
            throw new IllegalArgumentException("an incomplete result needs its shortfall, error kind and a "
                    + "PARTIAL or FAILURE outcome: " + answer);
        }
    }

    /** The goal reached. */
    public static PatternResult done(String answer, String conclusion) {
        return new PatternResult(answer, true, conclusion, null, null, null);
    }

    /** The goal not reached; the answer is partial. */
    public static PatternResult partial(String answer, ErrorKind kind, String shortfall) {
        return new PatternResult(answer, false, null, shortfall, kind, Outcome.PARTIAL);
    }

    /** A decision was made and it is wrong. */
    public static PatternResult wrong(String answer, ErrorKind kind, String shortfall) {
        return new PatternResult(answer, false, null, shortfall, kind, Outcome.FAILURE);
    }
}
