package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.SeriesPoint;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Money;
import io.breakerboard.model.Saturating;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The numbers behind the dashboard charts, from a snapshot; no JavaFX, so tested plainly. */
public final class SeriesMath {
    /** Agents drawn on their own in the cost chart; the rest are summed as {@link #OTHER}. */
    static final int COST_AGENTS = 5;
    /** Agents in the duration chart, slowest first. */
    static final int DURATION_AGENTS = 12;
    static final String OTHER = "other";

    private SeriesMath() {
    }

    /** x and y arrays of one series. */
    public record Points(double[] x, double[] y, String[] labels) {
        public Points(double[] x, double[] y) {
            this(x, y, null);
        }

        public int size() {
            return x.length;
        }
    }

    /**
     * Bucket centres in epoch seconds, with a value per bucket. A NaN value (an empty bucket) is kept as a NaN
     * point: line renderers stop there, so a line never bridges buckets that hold nothing.
     */
    static Points perBucket(DashboardSnapshot s, ToDoubleFunction<SeriesPoint> value) {
        double half = s.bucket().toMillis() / 2000.0;
        List<SeriesPoint> points = s.series();
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            x[i] = p.start().toEpochMilli() / 1000.0 + half;
            y[i] = value.applyAsDouble(p);
        }
        return new Points(x, y);
    }

    /** The largest finite y of these series, or 0. */
    public static double max(Iterable<Points> series) {
        double max = 0;
        for (Points p : series) {
            for (double v : p.y()) {
                if (Double.isFinite(v) && v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    /**
     * The time the x axis spans, in epoch seconds: the selected range, so a person sees when traffic started and
     * stopped within it; for "all" (or an unbounded range) the buckets that hold data.
     */
    public static double[] window(DashboardSnapshot s) {
        Instant from = s.filter().range().from();
        Instant to = s.filter().range().to();
        boolean unbounded = from.equals(TimeRange.ALL.from()) || to.equals(TimeRange.ALL.to());
        if (unbounded && !s.series().isEmpty()) {
            from = s.series().get(0).start();
            to = s.series().get(s.series().size() - 1).start().plus(s.bucket());
        }
        return new double[] {from.toEpochMilli() / 1000.0, to.toEpochMilli() / 1000.0};
    }

    public static Points executions(DashboardSnapshot s) {
        return hasExecutions(s) ? perBucket(s, SeriesPoint::executions) : empty();
    }

    public static Points failures(DashboardSnapshot s) {
        return hasExecutions(s) ? perBucket(s, SeriesPoint::failures) : empty();
    }

    /** Success rate in percent; empty buckets are NaN, a gap. */
    public static Points successRate(DashboardSnapshot s) {
        return hasExecutions(s) ? perBucket(s, p -> p.successRate() * 100) : empty();
    }

    /** Agents with executions, slowest P95 first, at most {@link #DURATION_AGENTS}. */
    public static List<AgentStats> bySlowest(DashboardSnapshot s) {
        return s.agents().stream()
                .filter(a -> a.executions() > 0)
                .sorted(Comparator.comparing((AgentStats a) -> a.durations().p95()).reversed().thenComparing(AgentStats::agent))
                .limit(DURATION_AGENTS)
                .toList();
    }

    /**
     * One point per agent of {@link #bySlowest}: x = position plus {@code offset} (so bars of several series sit
     * side by side), y = milliseconds, labelled with the agent.
     */
    public static Points durations(List<AgentStats> agents, java.util.function.Function<AgentStats, Duration> which,
                                   double offset) {
        double[] x = new double[agents.size()];
        double[] y = new double[agents.size()];
        String[] labels = new String[agents.size()];
        for (int i = 0; i < agents.size(); i++) {
            x[i] = i + offset;
            y[i] = which.apply(agents.get(i)).toNanos() / 1e6;
            labels[i] = agents.get(i).agent();
        }
        return new Points(x, y, labels);
    }

    /**
     * One horizontal bar per agent of {@link #bySlowest}: x = milliseconds, y = the agent's row counted from the
     * bottom (the slowest at the top) plus {@code offset}; labelled "agent P95 1.20 s" for the tooltip.
     */
    public static Points durationBars(List<AgentStats> agents, java.util.function.Function<AgentStats, Duration> which,
                                      double offset) {
        Points upright = durations(agents, which, offset);
        double[] rows = new double[agents.size()];
        String[] labels = new String[agents.size()];
        for (int i = 0; i < agents.size(); i++) {
            rows[i] = agents.size() - 1 - i + offset;
            labels[i] = agents.get(i).agent();
        }
        return new Points(upright.y(), rows, labels);
    }

    /**
     * Cost per bucket in dollars for the most expensive agents, the rest summed as {@link #OTHER}; in order of
     * total cost, most expensive first. Buckets an agent spent nothing in are drawn as zero; buckets without any
     * execution are NaN, a gap.
     */
    public static Map<String, Points> costByAgent(DashboardSnapshot s) {
        Map<String, Long> totals = new HashMap<>();
        for (SeriesPoint p : s.series()) {
            p.costByAgent().forEach((agent, micros) -> totals.merge(agent, micros, Long::sum));
        }
        List<String> ranked = totals.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
        List<String> shown = ranked.subList(0, Math.min(COST_AGENTS, ranked.size()));
        boolean hasOther = ranked.size() > shown.size();
        Map<String, Points> result = new LinkedHashMap<>();
        for (String agent : shown) {
            result.put(agent, perBucket(s, p -> p.executions() == 0 ? Double.NaN : usd(p.costByAgent().getOrDefault(agent, 0L))));
        }
        if (hasOther) {
            List<String> rest = new ArrayList<>(ranked.subList(shown.size(), ranked.size()));
            result.put(OTHER, perBucket(s, p -> p.executions() == 0 ? Double.NaN
                    : usd(rest.stream().mapToLong(a -> p.costByAgent().getOrDefault(a, 0L)).sum())));
        }
        return result;
    }

    /** Running total of cost in dollars over the buckets; NaN (a gap) where a bucket holds no execution. */
    public static Points cumulativeCost(DashboardSnapshot s) {
        if (s.total().costMicros() == 0) {
            return empty();
        }
        long[] running = {0};
        return perBucket(s, p -> {
            running[0] = Saturating.add(running[0], p.costMicros());
            return p.executions() == 0 ? Double.NaN : usd(running[0]);
        });
    }

    static double usd(long micros) {
        return (double) micros / Money.MICROS_PER_USD;
    }

    private static boolean hasExecutions(DashboardSnapshot s) {
        return s.total().executions() > 0;
    }

    private static Points empty() {
        return new Points(new double[0], new double[0]);
    }
}
