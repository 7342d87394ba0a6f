package io.breakerboard.lab;

import io.breakerboard.model.Execution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The replay's table: Recorded, Replayed and Change for all replayed executions, then the same three rows per
 * agent. Breaker openings are the replay's own (the recording does not say how often its breakers opened);
 * saved and lost are counts of the replay.
 */
final class ReplaySummary {
    static final String RECORDED = "Recorded";
    static final String REPLAYED = "Replayed";
    static final String CHANGE = "Change";

    private ReplaySummary() {
    }

    static List<LabValue> of(List<ReplayedExecution> results, long breakerOpenings) {
        List<LabValue> values = new ArrayList<>(rows("", results, breakerOpenings));
        Map<String, List<ReplayedExecution>> byAgent = new TreeMap<>();
        results.forEach(r -> byAgent.computeIfAbsent(r.recorded().agent(), a -> new ArrayList<>()).add(r));
        byAgent.forEach((agent, rs) -> values.addAll(rows(agent + " · ", rs, Double.NaN)));
        return values;
    }

    /** The row label of an arm: {@code Recorded}, or {@code sre-triage · Recorded} for one agent. */
    static String row(String prefix, String arm) {
        return prefix + arm;
    }

    private static List<LabValue> rows(String prefix, List<ReplayedExecution> rs, double openings) {
        int n = rs.size();
        long recordedOk = rs.stream().filter(r -> r.recorded().outcome().isSuccess()).count();
        long replayedOk = rs.stream().filter(r -> r.outcome().isSuccess()).count();
        long recordedCost = rs.stream().mapToLong(r -> r.recorded().costMicros()).sum();
        long replayedCost = rs.stream().mapToLong(ReplayedExecution::costMicros).sum();
        double recordedP95 = Statistics.percentile(rs.stream().map(ReplayedExecution::recorded)
                .mapToDouble(ReplaySummary::seconds).toArray(), 95);
        double replayedP95 = Statistics.percentile(rs.stream()
                .mapToDouble(r -> r.duration().toNanos() / 1e9).toArray(), 95);
        long saved = rs.stream().filter(ReplayedExecution::saved).count();
        long lost = rs.stream().filter(ReplayedExecution::lost).count();
        // Saved and lost next to success, where a narrow window still shows them; counts of the replay alone.
        LabMetric[] metrics = {LabMetric.EXECUTIONS, LabMetric.COMPLETED, LabMetric.SAVED, LabMetric.LOST,
            LabMetric.TOTAL_COST, LabMetric.AVG_COST, LabMetric.P95_LATENCY, LabMetric.BREAKER_OPENINGS};
        double[] recorded = {n, rate(recordedOk, n), Double.NaN, Double.NaN, recordedCost / 1e6,
            avg(recordedCost, n), recordedP95, Double.NaN};
        double[] replayed = {n, rate(replayedOk, n), saved, lost, replayedCost / 1e6, avg(replayedCost, n),
            replayedP95, openings};
        List<LabValue> out = new ArrayList<>();
        for (int i = 0; i < metrics.length; i++) {
            out.add(new LabValue(row(prefix, RECORDED), metrics[i].key(), Interval.exact(recorded[i])));
        }
        for (int i = 0; i < metrics.length; i++) {
            out.add(new LabValue(row(prefix, REPLAYED), metrics[i].key(), Interval.exact(replayed[i])));
        }
        for (int i = 0; i < metrics.length; i++) {
            out.add(new LabValue(row(prefix, CHANGE), metrics[i].key(), Interval.exact(replayed[i] - recorded[i])));
        }
        return out;
    }

    private static double seconds(Execution e) {
        return e.duration().toNanos() / 1e9;
    }

    private static double rate(long k, int n) {
        return n == 0 ? Double.NaN : (double) k / n;
    }

    private static double avg(long micros, int n) {
        return n == 0 ? Double.NaN : micros / 1e6 / n;
    }
}
