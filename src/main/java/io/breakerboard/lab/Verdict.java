package io.breakerboard.lab;

import io.breakerboard.engine.sim.Task;
import java.util.regex.Pattern;

/** The decision on an invoice: pay it or not. The ground truth of the benchmark's tasks. */
public enum Verdict {
    APPROVE, REJECT;

    // Every pattern states its decision in the first word of its answer (see the engine's orchestration patterns).
    private static final Pattern REJECTS = Pattern.compile("^(Reject|Rejected|Hold)\\b");
    private static final Pattern APPROVES = Pattern.compile("^(Approve|Approved and paid)\\b|^Invoice \\S+ is valid\\b");

    /** The right decision on an invoice task: reject a fraud or an invoice the ledger does not match. */
    public static Verdict truthOf(Task task) {
        boolean fraud = Boolean.parseBoolean(task.fact("fraud"));
        boolean matches = "match".equals(task.fact("ledger"));
        return fraud || !matches ? REJECT : APPROVE;
    }

    /** The decision an answer states, or null when it states none (a partial or failed answer). */
    public static Verdict statedIn(String answer) {
        if (answer == null) {
            return null;
        }
        if (REJECTS.matcher(answer).find()) {
            return REJECT;
        }
        return APPROVES.matcher(answer).find() ? APPROVE : null;
    }
}
