package io.breakerboard.engine.guard.internal;

import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;
import java.util.HashMap;
import java.util.Map;

/** Stops an agent that calls the same tool with the same arguments again and again. */
public final class LoopDetector {
    public static final String NAME = "loop-detection";

    private final int threshold;
    private final Map<String, Integer> seen = new HashMap<>();

    public LoopDetector(int threshold) {
        this.threshold = threshold;
    }

    /**
     * Counts a call of one actor (agent or sub-agent) before it is made; other actors asking the same is no loop.
     *
     * @throws GuardStop LOOP_DETECTED on the threshold-th identical call
     */
    public void check(String actor, ToolCall call) {
        int n = seen.merge(actor + "\u0000" + call.key(), 1, Integer::sum);
        if (n >= threshold) {
            throw new GuardStop(NAME, ErrorKind.LOOP_DETECTED, Outcome.FAILURE,
                    actor + " called " + call.tool() + " " + n + " times with the same arguments " + call.argsJson());
        }
    }
}
