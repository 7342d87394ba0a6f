package io.breakerboard.ui.trace;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.time.Duration;

/**
 * One line of the waterfall.
 *
 * @param offset      from the execution's start to this step's start
 * @param toolLatency how long the tool took, for tool steps; null otherwise
 * @param barStart    where the bar starts, 0..1 of the execution's span
 * @param barWidth    how wide it is, 0..1 of the span
 */
public record StepRow(int index, StepKind kind, String name, Duration offset, Duration duration, Duration toolLatency,
                      long tokens, long costMicros, boolean failed, ErrorKind errorKind, double barStart, double barWidth) {
}
