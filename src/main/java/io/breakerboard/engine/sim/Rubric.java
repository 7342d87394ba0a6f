package io.breakerboard.engine.sim;

import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Judges a finished execution against its task's ground truth, so the engine's executions carry quality scores
 * like reviewed ones: an incident investigation by whether it concluded the true root cause
 * ({@value #ROOT_CAUSE_FOUND}), an invoice by whether the decision it stated is the right one
 * ({@value #CORRECT_DECISION}: reject a fraud or an invoice the ledger does not match, else approve). Every task
 * the catalog generates has its truth, so no evaluator model is asked.
 */
public final class Rubric {
    public static final String ROOT_CAUSE_FOUND = "root_cause_found";
    public static final String CORRECT_DECISION = "correct_decision";

    // Every pattern states its decision in the first words of its answer (see the orchestration patterns).
    private static final Pattern REJECTS = Pattern.compile("^(Reject|Rejected|Hold)\\b");
    private static final Pattern APPROVES = Pattern.compile("^(Approve|Approved and paid)\\b|^Invoice \\S+ is valid\\b");

    private Rubric() {
    }

    /**
     * @param answer     the final answer when the execution completed its task, else null
     * @param conclusion the conclusion the pattern reached, or null when it reached none
     * @param at         when the execution ended
     */
    public static Score judge(Task task, String answer, String conclusion, Instant at) {
        return switch (task.domain()) {
            case SRE -> {
                boolean found = task.rootCause().equals(conclusion);
                yield new Score(ROOT_CAUSE_FOUND, null, null, found, ScoreSource.RUBRIC,
                        found ? "concluded the true root cause" : "did not conclude the true root cause: "
                                + task.rootCause(), at);
            }
            case FINANCE -> {
                boolean reject = shouldReject(task);
                Boolean statedReject = statesReject(answer);
                boolean right = statedReject != null && statedReject == reject;
                String truth = reject ? "reject" : "approve";
                yield new Score(CORRECT_DECISION, null, null, right, ScoreSource.RUBRIC, statedReject == null
                        ? "stated no decision; the right one is to " + truth
                        : right ? "decided to " + truth + ", as the ground truth says"
                        : "decided wrongly; the right decision is to " + truth, at);
            }
        };
    }

    /** The right decision on an invoice task: reject a fraud or an invoice the ledger does not match. */
    public static boolean shouldReject(Task task) {
        return Boolean.parseBoolean(task.facts().get("fraud")) || !"match".equals(task.facts().get("ledger"));
    }

    /** Whether an answer states a rejection (true) or an approval (false); null when it states no decision. */
    public static Boolean statesReject(String answer) {
        if (answer == null) {
            return null;
        }
        if (REJECTS.matcher(answer).find()) {
            return Boolean.TRUE;
        }
        return APPROVES.matcher(answer).find() ? Boolean.FALSE : null;
    }
}
