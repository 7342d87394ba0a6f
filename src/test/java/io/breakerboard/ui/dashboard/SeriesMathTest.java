package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.SeriesPoint;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesMathTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static SeriesPoint point(int minute, long runs, long failures, Map<String, Long> costByAgent) {
        long cost = costByAgent.values().stream().mapToLong(Long::longValue).sum();
        return new SeriesPoint(T0.plusSeconds(60L * minute), runs, failures, cost, Duration.ofSeconds(1), costByAgent, Map.of());
    }

    private static DashboardSnapshot snapshot(List<SeriesPoint> series, List<AgentStats> agents) {
        long runs = series.stream().mapToLong(SeriesPoint::executions).sum();
        long failures = series.stream().mapToLong(SeriesPoint::failures).sum();
        long cost = series.stream().mapToLong(SeriesPoint::costMicros).sum();
        AgentStats total = new AgentStats(AgentStats.ALL, runs, runs - failures, failures, 0, DurationStats.EMPTY, 0, 0, cost, Map.of());
        return new DashboardSnapshot(MetricsFilter.all(), total, agents, List.of(), Duration.ofMinutes(1), series, 1, T0);
    }

    @Test
    void pointsSitInTheMiddleOfTheirBucket() {
        DashboardSnapshot s = snapshot(List.of(point(0, 10, 2, Map.of())), List.of());

        SeriesMath.Points p = SeriesMath.executions(s);

        assertThat(p.x()).containsExactly(T0.getEpochSecond() + 30.0);
        assertThat(p.y()).containsExactly(10.0);
        assertThat(SeriesMath.failures(s).y()).containsExactly(2.0);
    }

    @Test
    void emptyBucketsLeaveAGapInTheSuccessRate() {
        DashboardSnapshot s = snapshot(List.of(point(0, 10, 1, Map.of()), point(1, 0, 0, Map.of()), point(2, 4, 2, Map.of())), List.of());

        SeriesMath.Points rate = SeriesMath.successRate(s);

        // The empty bucket is a NaN point, where the line stops: dropping it would draw a line across the gap.
        assertThat(rate.y()).containsExactly(90.0, Double.NaN, 50.0);
        assertThat(rate.x()).containsExactly(T0.getEpochSecond() + 30.0, T0.getEpochSecond() + 90.0, T0.getEpochSecond() + 150.0);
    }

    @Test
    void anEmptyBucketIsAGapInTheCostLinesButAnAgentThatSpentNothingIsZero() {
        DashboardSnapshot s = snapshot(List.of(point(0, 2, 0, Map.of("a", 1_000_000L)), point(1, 0, 0, Map.of()),
                point(2, 3, 0, Map.of("b", 2_000_000L))), List.of());

        Map<String, SeriesMath.Points> byAgent = SeriesMath.costByAgent(s);

        assertThat(byAgent.get("a").y()).containsExactly(1.0, Double.NaN, 0.0);
        assertThat(SeriesMath.cumulativeCost(s).y()).containsExactly(1.0, Double.NaN, 3.0);
    }

    @Test
    void theCostAxesHoldTheirSeriesMaximaAndTheRunningTotal() {
        Map<String, Long> bucket = Map.of("reconciler", 940_000L);
        DashboardSnapshot s = snapshot(List.of(point(0, 1, 0, bucket), point(1, 1, 0, bucket)), List.of());

        double total = SeriesMath.max(List.of(SeriesMath.cumulativeCost(s)));
        double perBucket = SeriesMath.max(SeriesMath.costByAgent(s).values());

        assertThat(total).isEqualTo(1.88);
        assertThat(io.breakerboard.ui.charts.ValueTicks.upper(total, false)).isGreaterThanOrEqualTo(1.88);
        assertThat(io.breakerboard.ui.charts.ValueTicks.upper(perBucket, false)).isGreaterThanOrEqualTo(0.94).isLessThan(1.88);
    }

    @Test
    void theTimeAxisSpansTheSelectedRangeNotJustTheBucketsWithData() {
        java.time.Instant to = T0.plusSeconds(900);
        io.breakerboard.metrics.MetricsFilter last15 = new io.breakerboard.metrics.MetricsFilter(
                new io.breakerboard.metrics.TimeRange(T0, to), java.util.Set.of());
        DashboardSnapshot s = new DashboardSnapshot(last15, snapshot(List.of(), List.of()).total(), List.of(), List.of(),
                Duration.ofMinutes(1), List.of(point(12, 4, 0, Map.of()), point(13, 5, 0, Map.of())), 1, to);

        assertThat(SeriesMath.window(s)).containsExactly((double) T0.getEpochSecond(), (double) to.getEpochSecond());
    }

    @Test
    void bucketWidthsReadAsWords() {
        assertThat(Units.bucket(Duration.ofMinutes(1))).isEqualTo("1 min");
        assertThat(Units.bucket(Duration.ofMinutes(15))).isEqualTo("15 min");
        assertThat(Units.bucket(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(Units.bucket(Duration.ofDays(4))).isEqualTo("4 days");
    }

    @Test
    void noExecutionsMeansNoPointsSoTheChartShowsItsEmptyState() {
        DashboardSnapshot s = snapshot(List.of(), List.of());

        assertThat(SeriesMath.executions(s).size()).isZero();
        assertThat(SeriesMath.cumulativeCost(s).size()).isZero();
        assertThat(SeriesMath.costByAgent(s)).isEmpty();
    }

    @Test
    void costKeepsTheFiveDearestAgentsAndSumsTheRestAsOther() {
        Map<String, Long> bucket = Map.of("a", 6_000_000L, "b", 5_000_000L, "c", 4_000_000L, "d", 3_000_000L, "e", 2_000_000L,
                "f", 1_000_000L, "g", 500_000L);
        DashboardSnapshot s = snapshot(List.of(point(0, 7, 0, bucket), point(1, 7, 0, bucket)), List.of());

        Map<String, SeriesMath.Points> byAgent = SeriesMath.costByAgent(s);

        assertThat(byAgent.keySet()).containsExactly("a", "b", "c", "d", "e", "other");
        assertThat(byAgent.get("other").y()).containsExactly(1.5, 1.5);
        assertThat(SeriesMath.cumulativeCost(s).y()[1]).isCloseTo(43.0, within(1e-9));
    }

    @Test
    void durationsListTheSlowestAgentFirstInMilliseconds() {
        AgentStats fast = new AgentStats("fast", 5, 5, 0, 0, stats(100), 0, 0, 0, Map.of());
        AgentStats slow = new AgentStats("slow", 5, 5, 0, 0, stats(2_000), 0, 0, 0, Map.of());
        DashboardSnapshot s = snapshot(List.of(point(0, 10, 0, Map.of())), List.of(fast, slow));

        List<AgentStats> order = SeriesMath.bySlowest(s);
        SeriesMath.Points p95 = SeriesMath.durations(order, a -> a.durations().p95(), 0.25);

        assertThat(order).extracting(AgentStats::agent).containsExactly("slow", "fast");
        assertThat(p95.labels()).containsExactly("slow", "fast");
        assertThat(p95.y()).containsExactly(2_000.0, 100.0);
        assertThat(p95.x()).containsExactly(0.25, 1.25);
    }

    @Test
    void durationBarsPutTheSlowestAgentOnTheTopRowWithItsFullName() {
        AgentStats fast = new AgentStats("customer-support-escalation-router", 5, 5, 0, 0, stats(100), 0, 0, 0, Map.of());
        AgentStats slow = new AgentStats("slow", 5, 5, 0, 0, stats(2_000), 0, 0, 0, Map.of());
        DashboardSnapshot s = snapshot(List.of(point(0, 10, 0, Map.of())), List.of(fast, slow));

        SeriesMath.Points bars = SeriesMath.durationBars(SeriesMath.bySlowest(s), a -> a.durations().p95(), 0);

        assertThat(bars.x()).containsExactly(2_000.0, 100.0);
        assertThat(bars.y()).containsExactly(1.0, 0.0);
        assertThat(bars.labels()).containsExactly("slow", "customer-support-escalation-router");
    }

    @Test
    void durationTicksCarryNoNeedlessDecimals() {
        assertThat(DurationByAgentChart.millis(20_000, 10_000)).isEqualTo("20 s");
        assertThat(DurationByAgentChart.millis(2_500, 500)).isEqualTo("2.5 s");
        assertThat(DurationByAgentChart.millis(250, 50)).isEqualTo("250 ms");
        assertThat(DurationByAgentChart.millis(120_000, 60_000)).isEqualTo("2 min");
    }

    private static DurationStats stats(long p95Ms) {
        Duration d = Duration.ofMillis(p95Ms);
        return new DurationStats(5, d, d, d, d, d, d);
    }
}
