package io.breakerboard.chaos;

/**
 * Where a running experiment is.
 *
 * @param phase    "Steady state", "Method", "Rollback"
 * @param fraction done so far, 0 to 1, by engine-clock time over the planned traffic
 * @param message  for the status line: "Method: 1 min 20 s of 4 min, 23 executions"
 */
public record ExperimentProgress(String phase, double fraction, String message) {
}
