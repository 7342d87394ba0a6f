package io.breakerboard.engine.memory;

import io.breakerboard.engine.memory.internal.Journal;
import io.breakerboard.engine.reliability.CallKind;
import java.time.Instant;

/**
 * One model or tool call of an execution, as persisted. A non-idempotent tool call is written twice: STARTED
 * before it is made and COMPLETED after, so a crash in between leaves evidence that it may have taken effect.
 *
 * <p>The memory recall is kept the same way, at {@link Journal#RECALL_INDEX} with kind {@code MEMORY}: the recall
 * text as output, the hint as finding, the step's attributes (JSON) as arguments and the context tokens it added
 * as input tokens, so a resumed execution sees the memory its first run saw.
 *
 * @param callIndex    position of the call within the execution, from 0
 * @param phase        STARTED or COMPLETED
 * @param kind         model or tool
 * @param target       tool name, or the model asked (a fallback model is named by {@code recoveredBy})
 * @param argsKey      canonical arguments (tools) or the purpose and a hash of the prompt (models)
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

    /** True when this entry records the call described: same kind, target and arguments. */
    public boolean matches(CallKind kind, String target, String argsKey) {
        return this.kind == kind && this.target.equals(target) && java.util.Objects.equals(this.argsKey, argsKey);
    }

    /** The call in words, for the trace: {@code tool get_pod_logs {"pod":"api-1"}}. */
    public String describe() {
        return describe(kind, target, argsKey);
    }

    public static String describe(CallKind kind, String target, String argsKey) {
        String args = argsKey == null ? "" : " " + (argsKey.length() > 120 ? argsKey.substring(0, 120) + "…" : argsKey);
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + target + args;
    }

    /** The same record at another call index. */
    public JournalEntry at(int index) {
        return new JournalEntry(index, phase, kind, target, argsKey, idempotent, ok, errorKind, output, finding, at,
                latencyMicros, inputTokens, outputTokens, costMicros, attempts, recoveredBy);
    }

    /** The STARTED marker of a call. */
    public static JournalEntry started(int callIndex, CallKind kind, String target, String argsKey, boolean idempotent,
                                       Instant at) {
        return new JournalEntry(callIndex, Phase.STARTED, kind, target, argsKey, idempotent, false, null, null, null,
                at, 0, 0, 0, 0, 0, null);
    }
}
