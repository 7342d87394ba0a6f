package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The quality figures of a filter: the total, each agent, and the average score over time.
 *
 * @param agents one entry per agent with executions in range, by name
 * @param bucket the width of each series point
 * @param series average score per bucket, oldest first; only buckets with a numeric score
 */
public record QualityReport(QualityStats total, List<QualityStats> agents, Duration bucket, List<Point> series) {

    /** The average score of one bucket, overall and per agent that has scores in it. */
    public record Point(Instant start, double averageScore, long scores, Map<String, Double> byAgent) {
        public Point {
            byAgent = Map.copyOf(byAgent);
        }
    }

    public QualityReport {
        agents = List.copyOf(agents);
        series = List.copyOf(series);
    }

    /** Whether any execution in range has a score: without one the quality panel has nothing to draw. */
    public boolean hasScores() {
        return total.scored() > 0;
    }
}
