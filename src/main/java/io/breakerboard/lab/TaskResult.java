package io.breakerboard.lab;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;

/**
 * One task run through one pattern, judged against its known answer.
 *
 * @param row       the row it counts towards (the pattern)
 * @param taskId    the task
 * @param truth     the right decision
 * @param stated    the decision the execution's answer stated; null when it stated none
 * @param execution the execution the engine produced
 */
public record TaskResult(String row, String taskId, Verdict truth, Verdict stated, Execution execution) {

    /** Judges an execution: its last step's output is the answer. */
    public static TaskResult judge(String row, InvoiceSuite.SuiteTask task, Execution e) {
        Step last = e.steps().isEmpty() ? null : e.steps().get(e.steps().size() - 1);
        Verdict stated = last != null && last.kind() == StepKind.AGENT_DONE ? Verdict.statedIn(last.output()) : null;
        return new TaskResult(row, task.task().id(), task.truth(), stated, e);
    }

    /** Right when the execution succeeded and stated the right decision. */
    public boolean correct() {
        return execution.outcome() == Outcome.SUCCESS && stated == truth;
    }

    /** Why it was not correct: the execution's error kind, {@code WRONG_ANSWER}, or null when it was correct. */
    public String failureKind() {
        if (correct()) {
            return null;
        }
        if (execution.outcome() == Outcome.SUCCESS) {
            return "WRONG_ANSWER";
        }
        return execution.errorKind() == null ? "NO_DECISION" : execution.errorKind().name();
    }
}
