package io.breakerboard.engine.checkpoint;

import io.breakerboard.engine.call.CallKind;
import java.time.Instant;

/**
 * One model or tool call of an execution, as persisted. A non-idempotent tool call is written twice: STARTED
 * before it is made and COMPLETED after, so a crash in between leaves evidence that it may have taken effect.
 *
 * @param callIndex    position of the call within the execution, from 0
 * @param phase        STARTED or COMPLETED
 * @param kind         model or tool
 * @param target       tool or model name
 * @param argsKey      canonical arguments (tools) or the purpose (models)
 * @param idempotent   whether repeating it is harmless
 * @param ok           whether it succeeded (COMPLETED only)
 * @param errorKind    the error kind name when it failed; null otherwise
 * @param output       the result or error text
 * @param finding      the fact the result established; null when none
 * @param at           when the call started
 * @param latencyMicros how long it took, retries included
 * @param inputTokens  prompt tokens
 * @param outputTokens completion tokens
 * @param costMicros   cost
 * @param attempts     attempts made
 * @param recoveredBy  fallback that produced the result; null when none
 */
public record JournalEntry(int callIndex, Phase phase, CallKind kind, String target, String argsKey, boolean idempotent,
                           boolean ok, String errorKind, String output, String finding, Instant at, long latencyMicros,
                           long inputTokens, long outputTokens, long costMicros, int attempts, String recoveredBy) {

    /** Whether the call was about to be made or has completed. */
    public enum Phase { STARTED, COMPLETED }

    /** The STARTED marker of a call. */
    public static JournalEntry started(int callIndex, CallKind kind, String target, String argsKey, boolean idempotent,
                                       Instant at) {
        return new JournalEntry(callIndex, Phase.STARTED, kind, target, argsKey, idempotent, false, null, null, null,
                at, 0, 0, 0, 0, 0, null);
    }
}
