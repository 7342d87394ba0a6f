package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.ui.Formats;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.time.Duration;
import java.util.List;

/** P50, P95 and P99 per agent as grouped bars, slowest P95 first. */
final class DurationByAgentChart extends DashboardChart {
    private static final int MAX_LABEL = 11;
    /** Each of the three bars takes this share of its category's width; they sit 0.26 apart. */
    private static final double BAR_SHARE = 0.24;

    private final ErrorDataSetRenderer bars;

    DurationByAgentChart(UiExecutor ui) {
        this(Charts.categoryChart("duration", DurationByAgentChart::millis), ui);
    }

    private DurationByAgentChart(XYChart chart, UiExecutor ui) {
        super("Duration by agent (slowest first)", chart, ui);
        bars = Charts.groupedBars();
        chart.getRenderers().add(bars);
        chart.getCanvas().widthProperty().addListener((obs, old, now) -> Charts.fitBars(chart, bars, BAR_SHARE));
    }

    @Override
    boolean overTime() {
        return false;
    }

    @Override
    void publish(DashboardData data, io.breakerboard.ui.charts.LiveChart live) {
        List<String> names = SeriesMath.bySlowest(data.snapshot()).stream().map(a -> label(a.agent())).toList();
        live.publish(series(data), emptyText(data), chart -> {
            Charts.showCategories(chart, names);
            Charts.fitBars(chart, bars, BAR_SHARE);
        });
    }

    // Category labels sit side by side under the bars; long agent names would run into each other.
    private static String label(String agent) {
        return agent.length() <= MAX_LABEL ? agent : agent.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    private static String millis(double ms) {
        return ms == 0 ? "0" : Formats.duration(Duration.ofNanos(Math.round(ms * 1e6)));
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        List<AgentStats> agents = SeriesMath.bySlowest(data.snapshot());
        return List.of(
                series("p50", bars, "P50", "series-p50", SeriesMath.durations(agents, a -> a.durations().p50(), -0.26)),
                series("p95", bars, "P95", "series-p95", SeriesMath.durations(agents, a -> a.durations().p95(), 0)),
                series("p99", bars, "P99", "series-p99", SeriesMath.durations(agents, a -> a.durations().p99(), 0.26)));
    }
}
