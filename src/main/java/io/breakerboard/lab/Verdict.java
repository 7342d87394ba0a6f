package io.breakerboard.lab;

import io.breakerboard.engine.sim.Rubric;
import io.breakerboard.engine.sim.Task;

/** The decision on an invoice: pay it or not. The ground truth of the benchmark's tasks, judged as the engine's rubric judges it. */
public enum Verdict {
    APPROVE, REJECT;

    /** The right decision on an invoice task: reject a fraud or an invoice the ledger does not match. */
    public static Verdict truthOf(Task task) {
        return Rubric.shouldReject(task) ? REJECT : APPROVE;
    }

    /** The decision an answer states, or null when it states none (a partial or failed answer). */
    public static Verdict statedIn(String answer) {
        Boolean reject = Rubric.statesReject(answer);
        return reject == null ? null : reject ? REJECT : APPROVE;
    }
}
