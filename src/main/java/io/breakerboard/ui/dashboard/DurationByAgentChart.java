package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.ShortNames;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.LiveChart;
import io.breakerboard.ui.charts.SeriesData;
import io.breakerboard.ui.charts.ValueTicks;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.List;
import java.util.Locale;

/**
 * P50, P95 and P99 per agent as horizontal bars, slowest P95 at the top: agent names read in full at the left
 * however many agents there are.
 */
final class DurationByAgentChart extends DashboardChart {
    /** The three bars of an agent sit this far apart (in categories), P50 on top. */
    private static final double OFFSET = 0.27;
    /** The most of the chart's width the names may take, so the bars keep room to be read. */
    private static final double NAME_SHARE = 0.42;
    /** Pixels an agent's row needs: its name and three bars. */
    private static final double ROW = 19;
    private final ErrorDataSetRenderer bars;
    // FX thread only: the names now on the axis, refitted when the chart changes height.
    private List<String> shown = List.of();

    DurationByAgentChart(UiExecutor ui) {
        this(Charts.barChart("", DurationByAgentChart::millis), ui);
    }

    private DurationByAgentChart(XYChart chart, UiExecutor ui) {
        super("Duration by agent (slowest first)", chart, ui);
        bars = Charts.horizontalBars(0.26);
        chart.getRenderers().add(bars);
        chart.getCanvas().heightProperty().addListener((obs, old, now) -> Charts.showCategoriesDownward(chart, fitted(chart, shown), ROW));
        chart.widthProperty().addListener((obs, old, now) -> Charts.showCategoriesDownward(chart, fitted(chart, shown), ROW));
    }

    @Override
    boolean overTime() {
        return false;
    }

    @Override
    void publish(DashboardData data, LiveChart live) {
        List<AgentStats> agents = SeriesMath.bySlowest(data.snapshot());
        List<String> names = agents.stream().map(AgentStats::agent).toList();
        List<SeriesData> series = series(data);
        // Bars run along x: their longest is the largest x.
        double max = SeriesMath.max(series.stream().map(s -> new SeriesMath.Points(s.y(), s.x())).toList());
        live.publish(series, emptyText(data), chart -> {
            shown = names;
            Charts.showCategoriesDownward(chart, fitted(chart, names), ROW);
            Charts.fitValue(chart, chart.getXAxis(), max, false);
        });
    }

    /** The names as the axis shows them: whole while they leave the bars room, shortened in the middle if not. */
    private static List<String> fitted(XYChart chart, List<String> names) {
        double width = chart.getWidth();
        if (width <= 0 || !(chart.getYAxis() instanceof io.fair_acc.chartfx.axes.spi.CategoryAxis axis)) {
            return names;
        }
        javafx.scene.text.Font font = axis.getTickLabelStyle().getFont();
        return ShortNames.fit(names, width * NAME_SHARE, name -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(name);
            text.setFont(font);
            return text.getLayoutBounds().getWidth();
        });
    }

    /** Milliseconds as a tick label with no needless decimals: "250 ms", "2.5 s", "30 s", "2 min". */
    static String millis(double ms, double step) {
        if (ms == 0) {
            return "0";
        }
        if (step == 0) {
            return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (step >= 60_000 && step % 60_000 == 0) {
            return String.format(Locale.ROOT, "%.0f min", ms / 60_000);
        }
        if (step >= 1000 || ms >= 1000 && step >= 100) {
            return String.format(Locale.ROOT, "%." + ValueTicks.decimals(step / 1000) + "f s", ms / 1000);
        }
        return String.format(Locale.ROOT, "%." + ValueTicks.decimals(step) + "f ms", ms);
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        List<AgentStats> agents = SeriesMath.bySlowest(data.snapshot());
        return List.of(
                series("p50", bars, "P50", "series-p50", SeriesMath.durationBars(agents, a -> a.durations().p50(), OFFSET)),
                series("p95", bars, "P95", "series-p95", SeriesMath.durationBars(agents, a -> a.durations().p95(), 0)),
                series("p99", bars, "P99", "series-p99", SeriesMath.durationBars(agents, a -> a.durations().p99(), -OFFSET)));
    }
}
