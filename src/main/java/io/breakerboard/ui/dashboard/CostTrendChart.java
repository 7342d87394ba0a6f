package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cost per bucket split by agent (left axis) and the running total (right axis), in dollars. */
final class CostTrendChart extends DashboardChart {
    private static final int AGENT_COLOURS = 6;
    private final ErrorDataSetRenderer perBucket;
    private final ErrorDataSetRenderer cumulative;

    CostTrendChart(UiExecutor ui) {
        this(Charts.timeChart("$ per bucket", CostTrendChart::usd), ui);
    }

    private CostTrendChart(XYChart chart, UiExecutor ui) {
        super("Cost", chart, ui);
        perBucket = Charts.lines();
        cumulative = Charts.lines();
        DefaultNumericAxis right = Charts.rightAxis("$ total", CostTrendChart::usd);
        cumulative.getAxes().add(right);
        chart.getRenderers().addAll(perBucket, cumulative);
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        List<SeriesData> out = new ArrayList<>();
        int colour = 0;
        for (var entry : SeriesMath.costByAgent(data.snapshot()).entrySet()) {
            // The id is the agent, so an agent keeps its data set (and colour slot) while it stays in the top five.
            out.add(series("agent:" + entry.getKey(), perBucket, entry.getKey(), "series-agent-" + (colour++ % AGENT_COLOURS),
                    entry.getValue()));
        }
        out.add(series("cumulative", cumulative, "cumulative (all)", "series-cumulative",
                SeriesMath.cumulativeCost(data.snapshot())));
        return out;
    }

    @Override
    String emptyText(DashboardData data) {
        return data.snapshot().total().executions() == 0
                ? "No executions in " + data.spec().rangePhrase()
                : "No cost recorded in " + data.spec().rangePhrase();
    }

    private static String usd(double v) {
        if (v == 0) {
            return "0";
        }
        return v < 0.01 ? String.format(Locale.ROOT, "$%.4f", v) : v < 10 ? String.format(Locale.ROOT, "$%.2f", v)
                : String.format(Locale.ROOT, "$%.0f", v);
    }
}
