package io.breakerboard.lab;

import io.breakerboard.model.Execution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Turns judged task results into one row of a lab table: rates with Wilson intervals, means with t intervals. */
final class ResultSummary {
    private ResultSummary() {
    }

    static List<LabValue> of(String row, List<TaskResult> results) {
        List<LabValue> out = new ArrayList<>();
        int n = results.size();
        long right = results.stream().filter(TaskResult::correct).count();
        out.add(new LabValue(row, LabMetric.TASKS.key(), Interval.exact(n)));
        out.add(new LabValue(row, LabMetric.SUCCESS.key(), Statistics.wilson(right, n)));
        out.add(new LabValue(row, LabMetric.COST.key(), Statistics.mean(values(results, e -> e.costMicros() / 1e6))));
        out.add(new LabValue(row, LabMetric.MODEL_COST.key(),
                Statistics.mean(values(results, e -> CostParts.modelCost(e) / 1e6))));
        out.add(new LabValue(row, LabMetric.TOOL_COST.key(),
                Statistics.mean(values(results, e -> CostParts.toolCost(e) / 1e6))));
        double[] seconds = values(results, e -> e.duration().toNanos() / 1e9);
        out.add(new LabValue(row, LabMetric.P50_LATENCY.key(), Interval.exact(Statistics.percentile(seconds, 50))));
        out.add(new LabValue(row, LabMetric.P95_LATENCY.key(), Interval.exact(Statistics.percentile(seconds, 95))));
        out.add(new LabValue(row, LabMetric.TOKENS.key(),
                Statistics.mean(values(results, e -> e.inputTokens() + e.outputTokens()))));
        out.add(new LabValue(row, LabMetric.TOOL_CALLS.key(), Statistics.mean(values(results, Execution::toolCalls))));
        out.add(new LabValue(row, LabMetric.RETRIES.key(), Statistics.mean(values(results, Execution::retries))));
        Map<String, Integer> failures = new TreeMap<>();
        for (TaskResult r : results) {
            if (r.failureKind() != null) {
                failures.merge(r.failureKind(), 1, Integer::sum);
            }
        }
        failures.forEach((kind, count) -> out.add(new LabValue(row, LabMetric.failures(kind), Interval.exact(count))));
        return out;
    }

    private static double[] values(List<TaskResult> results, ToDoubleFunction<Execution> f) {
        return results.stream().mapToDouble(r -> f.applyAsDouble(r.execution())).toArray();
    }
}
