package io.breakerboard.lab;

import io.breakerboard.model.CostRate;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where the money of recorded executions went, from the store alone (any format): per agent, per model and per
 * tool, with the average, least and most per execution, and the month projected at the rate of the period the
 * executions span. Models and tools are read from the steps; an execution without steps counts to its own model.
 */
public final class CostBreakdown {
    static final int DAYS_A_MONTH = 30;

    private CostBreakdown() {
    }

    /**
     * @param executions recorded executions, with their steps where they have them
     * @param at         when the breakdown is made
     */
    public static LabRun of(List<Execution> executions, Instant at) {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        groups.put("all", new ArrayList<>());
        Map<String, List<Long>> agents = new TreeMap<>();
        Map<String, List<Long>> models = new TreeMap<>();
        Map<String, List<Long>> tools = new TreeMap<>();
        for (Execution e : executions) {
            groups.get("all").add(e.costMicros());
            agents.computeIfAbsent("agent " + e.agent(), k -> new ArrayList<>()).add(e.costMicros());
            Map<String, Long> byModel = new TreeMap<>();
            Map<String, Long> byTool = new TreeMap<>();
            long stepped = 0;
            for (Step s : e.steps()) {
                if (s.kind() == StepKind.LLM_CALL && s.name() != null) {
                    byModel.merge(s.name(), s.costMicros(), Long::sum);
                    stepped += s.costMicros();
                } else if (s.name() != null && (s.kind() == StepKind.TOOL_CALL || s.kind() == StepKind.TOOL_RESULT
                        || s.kind() == StepKind.TOOL_ERROR)) {
                    byTool.merge(s.name(), s.costMicros(), Long::sum);
                    stepped += s.costMicros();
                }
            }
            if (stepped == 0 && e.model() != null) {
                byModel.put(e.model(), e.costMicros());
            }
            byModel.forEach((m, c) -> models.computeIfAbsent("model " + m, k -> new ArrayList<>()).add(c));
            byTool.forEach((t, c) -> tools.computeIfAbsent("tool " + t, k -> new ArrayList<>()).add(c));
        }
        groups.putAll(agents);
        groups.putAll(models);
        groups.putAll(tools);
        Duration span = span(executions);
        double days = span.toMillis() / 86_400_000.0;
        List<LabValue> values = new ArrayList<>();
        groups.forEach((row, costs) -> {
            long total = costs.stream().mapToLong(Long::longValue).sum();
            values.add(new LabValue(row, LabMetric.EXECUTIONS.key(), Interval.exact(costs.size())));
            values.add(new LabValue(row, LabMetric.TOTAL_COST.key(), Interval.exact(total / 1e6)));
            values.add(new LabValue(row, LabMetric.AVG_COST.key(), Interval.exact(costs.isEmpty() ? Double.NaN
                    : total / 1e6 / costs.size())));
            values.add(new LabValue(row, LabMetric.MIN_COST.key(), Interval.exact(costs.stream()
                    .mapToLong(Long::longValue).min().orElse(0) / 1e6)));
            values.add(new LabValue(row, LabMetric.MAX_COST.key(), Interval.exact(costs.stream()
                    .mapToLong(Long::longValue).max().orElse(0) / 1e6)));
            values.add(new LabValue(row, LabMetric.MONTHLY_COST.key(), Interval.exact(
                    new CostRate(total, span).microsOver(Duration.ofDays(DAYS_A_MONTH)) / 1e6)));
        });
        return new LabRun(UUID.randomUUID().toString(), LabKind.BREAKDOWN, 0,
                "Cost breakdown of " + executions.size() + " recorded executions",
                String.format(java.util.Locale.ROOT, "from the store; the month projected at the rate of the %.2f days "
                        + "they span", days), at, values);
    }

    /** From the first start to the last end; zero for fewer than two executions' worth of time. */
    static Duration span(List<Execution> executions) {
        Instant first = executions.stream().map(Execution::startedAt).min(Comparator.naturalOrder()).orElse(null);
        Instant last = executions.stream().map(e -> e.startedAt().plus(e.duration())).max(Comparator.naturalOrder())
                .orElse(null);
        if (first == null || !last.isAfter(first)) {
            return Duration.ZERO;
        }
        return Duration.between(first, last);
    }
}
