package io.breakerboard.ui.dashboard;

import java.time.Duration;

/**
 * One line of the agent table.
 *
 * @param topErrors the most frequent error kinds with their counts, e.g. {@code TIMEOUT 12, TOOL_ERROR 3}
 * @param score        the attention score, see {@link AttentionScore}
 * @param recoveryRate retried executions that still succeeded, 0..1; NaN when none was retried
 * @param ranking      the agent ranking score, {@link io.breakerboard.metrics.AgentStats#RANKING_FORMULA}
 */
public record AgentRow(String agent, long executions, double successRate, Duration p50, Duration p95, Duration p99,
                       long avgCostMicros, String topErrors, double score, double recoveryRate,
                       double ranking) {
}
