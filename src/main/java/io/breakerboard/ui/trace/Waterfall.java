package io.breakerboard.ui.trace;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Saturating;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An execution laid out in time, computed once off the FX thread: rows for the waterfall and running totals
 * for the replay, so moving through 10,000 steps costs nothing per step.
 */
public final class Waterfall {
    /** How far ahead a tool call looks for its result. */
    private static final int RESULT_LOOKAHEAD = 50;

    private final Execution execution;
    private final Duration span;
    private final List<StepRow> rows;
    private final long[] tokensSoFar;
    private final long[] costSoFar;
    private final int[] latestMemory;

    private Waterfall(Execution execution, Duration span, List<StepRow> rows, long[] tokensSoFar, long[] costSoFar,
                      int[] latestMemory) {
        this.execution = execution;
        this.span = span;
        this.rows = rows;
        this.tokensSoFar = tokensSoFar;
        this.costSoFar = costSoFar;
        this.latestMemory = latestMemory;
    }

    public static Waterfall of(Execution execution) {
        List<Step> steps = execution.steps();
        int n = steps.size();
        Duration[] offsets = new Duration[n];
        Duration previousEnd = Duration.ZERO;
        Duration span = execution.duration();
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            // A step without a time of its own starts where the previous one ended.
            Duration offset = s.at() != null ? Duration.between(execution.startedAt(), s.at()) : previousEnd;
            if (offset.isNegative()) {
                offset = Duration.ZERO;
            }
            offsets[i] = offset;
            previousEnd = offset.plus(s.duration());
            if (previousEnd.compareTo(span) > 0) {
                span = previousEnd;
            }
        }
        double spanNanos = Math.max(1, span.toNanos());
        List<StepRow> rows = new ArrayList<>(n);
        long[] tokens = new long[n];
        long[] cost = new long[n];
        int[] memory = new int[n];
        long tokenSum = 0;
        long costSum = 0;
        int lastMemory = -1;
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            tokenSum = Saturating.add(tokenSum, Saturating.add(s.inputTokens(), s.outputTokens()));
            costSum = Saturating.add(costSum, s.costMicros());
            if (s.kind() == StepKind.MEMORY_RECALL) {
                lastMemory = i;
            }
            tokens[i] = tokenSum;
            cost[i] = costSum;
            memory[i] = lastMemory;
            rows.add(new StepRow(i, s.kind(), s.name(), offsets[i], s.duration(), toolLatency(steps, i),
                    s.inputTokens() + s.outputTokens(), s.costMicros(), s.failed() || s.kind().isError(), s.errorKind(),
                    offsets[i].toNanos() / spanNanos, s.duration().toNanos() / spanNanos));
        }
        return new Waterfall(execution, span, List.copyOf(rows), tokens, cost, memory);
    }

    /**
     * A tool call's latency is its own duration, or, when the log times the call and its result separately,
     * the time from the call to the matching result.
     */
    static Duration toolLatency(List<Step> steps, int i) {
        Step s = steps.get(i);
        switch (s.kind()) {
            case TOOL_RESULT, TOOL_ERROR:
                return s.duration().isZero() ? null : s.duration();
            case TOOL_CALL:
                break;
            default:
                return null;
        }
        for (int j = i + 1; j < Math.min(steps.size(), i + 1 + RESULT_LOOKAHEAD); j++) {
            Step r = steps.get(j);
            if ((r.kind() == StepKind.TOOL_RESULT || r.kind() == StepKind.TOOL_ERROR)
                    && (s.name() == null || r.name() == null || s.name().equals(r.name()))) {
                if (s.at() != null && r.at() != null) {
                    Instant end = r.at().plus(r.duration());
                    Duration between = Duration.between(s.at(), end);
                    return between.compareTo(s.duration()) > 0 ? between : s.duration();
                }
                break;
            }
        }
        return s.duration();
    }

    public Execution execution() {
        return execution;
    }

    /** The time the bars stand for: the execution's duration, or longer when a step runs past its end. */
    public Duration span() {
        return span;
    }

    public List<StepRow> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    /** The replay at step {@code index}. */
    public ReplayFrame frame(int index) {
        Step step = execution.steps().get(index);
        String memory = latestMemory[index] < 0 ? null : text(execution.steps().get(latestMemory[index]));
        return new ReplayFrame(index, rows.size(), step, execution.task(), memory, tokensSoFar[index], costSoFar[index],
                rows.get(index).offset());
    }

    private static String text(Step memoryRecall) {
        return memoryRecall.output() != null ? memoryRecall.output() : memoryRecall.input();
    }
}
