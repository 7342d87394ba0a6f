package io.breakerboard.ui.dashboard;

import io.breakerboard.model.Units;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.AgentColours;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.breakerboard.ui.charts.TickedAxis;
import io.breakerboard.ui.charts.ValueTicks;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cost per bucket split by agent (left axis) and the running total (right axis), in dollars. Each axis is
 * fitted to its own series; each agent has its colour from {@link AgentColours}.
 */
final class CostTrendChart extends DashboardChart {
    private final ErrorDataSetRenderer perBucket;
    private final ErrorDataSetRenderer cumulative;
    private final TickedAxis right;

    CostTrendChart(UiExecutor ui, Clock clock) {
        this(Charts.timeChart("$ per bucket", CostTrendChart::usd, false, clock), ui);
    }

    private CostTrendChart(XYChart chart, UiExecutor ui) {
        super("Cost", chart, ui);
        perBucket = Charts.lines();
        cumulative = Charts.lines();
        right = Charts.rightAxis("total", CostTrendChart::usd);
        cumulative.getAxes().addAll(chart.getXAxis(), right);
        chart.getRenderers().addAll(perBucket, cumulative);
        // A series per agent: at 1024 px its legend took three rows under the plot.
        panel().legendBesideWhenShort();
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        List<SeriesData> out = new ArrayList<>();
        Map<String, SeriesMath.Points> byAgent = SeriesMath.costByAgent(data.snapshot());
        Map<String, Integer> colours = AgentColours.assign(byAgent.keySet().stream().filter(a -> !a.equals(SeriesMath.OTHER)).toList());
        for (var entry : byAgent.entrySet()) {
            String agent = entry.getKey();
            Integer slot = colours.get(agent);
            String style = slot == null ? "series-other" : AgentColours.styleClass(slot);
            // The colour is part of the id: a data set keeps the style class it was made with.
            out.add(series("agent:" + agent + ":" + style, perBucket, agent, style, entry.getValue()));
        }
        out.add(series("cumulative", cumulative, "total", "series-cumulative",
                SeriesMath.cumulativeCost(data.snapshot())));
        return out;
    }

    @Override
    Consumer<XYChart> fitValues(DashboardData data, List<SeriesData> series) {
        double perBucketMax = max(series.subList(0, series.size() - 1));
        double totalMax = max(series.subList(series.size() - 1, series.size()));
        String name = bucketAxisName(data.snapshot().bucket());
        return chart -> {
            chart.getYAxis().setName(name);
            Charts.fitValue(chart, chart.getYAxis(), perBucketMax, false);
            Charts.fitValue(chart, right, totalMax, false);
        };
    }

    /**
     * The left axis's name, "$/15 min": short, because at 1024 px the chart is about 70 px high and a longer name
     * ("$ per 15 min") was cut to "er 15". The ticks already carry the dollar sign.
     */
    static String bucketAxisName(Duration bucket) {
        return "$/" + Units.bucket(bucket);
    }

    /** The right axis, for tests. */
    TickedAxis totalAxis() {
        return right;
    }

    @Override
    String emptyText(DashboardData data) {
        return data.snapshot().total().executions() == 0
                ? "No executions in " + data.spec().rangePhrase()
                : "No cost recorded in " + data.spec().rangePhrase();
    }

    /** Dollars with as many decimals as the step between ticks needs, at least cents below $1. */
    static String usd(double v, double step) {
        if (v == 0) {
            return "$0";
        }
        int decimals = step >= 1 && v >= 1 ? ValueTicks.decimals(step) : Math.max(2, ValueTicks.decimals(step));
        if (step == 0) {
            decimals = v < 0.01 ? 4 : 2;
        }
        return String.format(Locale.ROOT, "$%." + Math.min(decimals, 6) + "f", v);
    }
}
