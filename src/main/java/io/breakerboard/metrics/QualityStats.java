package io.breakerboard.metrics;

import java.util.OptionalDouble;

/**
 * The quality row for one agent (or {@link AgentStats#ALL}) over a range. Every rate is empty when nothing in the
 * range could say it (no scores, no tool calls…), so a missing figure is never shown as 0 % or 100 %.
 *
 * @param executions      executions in the range
 * @param scored          executions with at least one score
 * @param scoreValues     scores with a number
 * @param scoreSum        the sum of those numbers
 * @param humanReviewed   executions a person scored
 * @param toolCalls       tool calls made
 * @param toolFailures    tool calls that failed
 * @param critiqued       executions with a critique round
 * @param revised         of those, the ones sent back for revision
 * @param rootCauseJudged executions with a root-cause score
 * @param rootCauseFound  of those, the ones that found it
 * @param memoryRecalls   memory recalls made
 * @param memoryAnswered  of those, the ones that returned something
 */
public record QualityStats(String agent, long executions, long scored, long scoreValues, double scoreSum,
                           long humanReviewed, long toolCalls, long toolFailures, long critiqued, long revised,
                           long rootCauseJudged, long rootCauseFound, long memoryRecalls, long memoryAnswered) {

    /** The mean of every numeric score. */
    public OptionalDouble averageScore() {
        return ratio(scoreSum, scoreValues);
    }

    /** 1 − tool failures ÷ tool calls. */
    public OptionalDouble toolSuccessRate() {
        return toolCalls == 0 ? OptionalDouble.empty() : OptionalDouble.of(1.0 - (double) toolFailures / toolCalls);
    }

    /** Revised ÷ critiqued executions. */
    public OptionalDouble revisionRate() {
        return ratio(revised, critiqued);
    }

    /** Found ÷ judged executions. */
    public OptionalDouble rootCauseRate() {
        return ratio(rootCauseFound, rootCauseJudged);
    }

    /** Executions a person scored ÷ executions; empty without executions. */
    public OptionalDouble humanReviewRate() {
        return ratio(humanReviewed, executions);
    }

    /** Recalls that returned something ÷ recalls. */
    public OptionalDouble memoryRecallRate() {
        return ratio(memoryAnswered, memoryRecalls);
    }

    private static OptionalDouble ratio(double part, double whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(part / whole);
    }
}
