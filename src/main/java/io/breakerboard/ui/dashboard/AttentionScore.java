package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.model.ErrorKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ranks agents by how much they need a look. The score runs from 0 (fine) to 100 (every run fails, slowest
 * and most expensive of the agents shown): 60 points for the error rate, 25 for P95 relative to the slowest
 * agent, 15 for average cost relative to the most expensive agent. Errors weigh most because a failed run is
 * lost work; latency and cost matter only next to the other agents, hence the relative terms.
 */
public final class AttentionScore {
    public static final String EXPLANATION = """
            Attention score, 0 to 100 (higher needs a look first):
              60 × error rate
            + 25 × P95 ÷ slowest agent's P95
            + 15 × average cost ÷ most expensive agent's average cost""";

    private static final int TOP_ERRORS = 2;

    private AttentionScore() {
    }

    /** One row per agent, highest score first; ties by name. */
    public static List<AgentRow> rank(List<AgentStats> agents) {
        long slowest = agents.stream().mapToLong(a -> a.durations().p95().toNanos()).max().orElse(0);
        long dearest = agents.stream().mapToLong(AgentStats::avgCostMicros).max().orElse(0);
        return agents.stream()
                .map(a -> new AgentRow(a.agent(), a.executions(), a.successRate(), a.durations().p50(),
                        a.durations().p95(), a.durations().p99(), a.avgCostMicros(), topErrors(a.errors()),
                        score(a, slowest, dearest), a.recoveryRate().orElse(Double.NaN),
                        a.rankingScore()))
                .sorted(Comparator.comparingDouble(AgentRow::score).reversed().thenComparing(AgentRow::agent))
                .toList();
    }

    static double score(AgentStats a, long slowestP95Nanos, long dearestAvgCostMicros) {
        double latency = slowestP95Nanos == 0 ? 0 : (double) a.durations().p95().toNanos() / slowestP95Nanos;
        double cost = dearestAvgCostMicros <= 0 ? 0 : (double) Math.max(0, a.avgCostMicros()) / dearestAvgCostMicros;
        return 60 * a.errorRate() + 25 * latency + 15 * cost;
    }

    static String topErrors(Map<ErrorKind, Long> errors) {
        return errors.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<ErrorKind, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().name()))
                .limit(TOP_ERRORS)
                .map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
