package io.breakerboard.lab;

/**
 * One number of a lab run: a row (a pattern, "Before", "After"…) by a metric, with its interval.
 *
 * @param row    the row's label
 * @param metric the metric's key, see {@link LabMetric#key} or {@link LabMetric#failures}
 * @param value  the estimate and its 95 % interval
 */
public record LabValue(String row, String metric, Interval value) {
}
