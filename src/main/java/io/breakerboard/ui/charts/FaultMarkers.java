package io.breakerboard.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shaded bands on a time chart where chaos faults were active, each labelled with its fault. Scene-graph work:
 * call on the FX thread (e.g. from {@link LiveChart#publish}'s FX hook); bands are updated in place, so an
 * unchanged list costs nothing.
 */
public final class FaultMarkers {
    private static final String KEY = "breakerboard.fault-markers";

    /** One band: its id, label and time span. */
    public record Span(String id, String label, Instant from, Instant to) {
    }

    /**
     * A band whose label shows only when it fits inside, so close faults on a long range do not pile up words.
     * Labels of bands that follow each other stand on rows of their own, so faults started together stay readable.
     */
    private static final class Band extends XRangeIndicator {
        private static final int ROWS = 3;
        private int row;

        Band(XYChart chart, double from, double to, String text) {
            super(chart.getXAxis(), from, to, text);
            setEditable(false);
            setLabelVerticalPosition(0.95);
            setLabelHorizontalPosition(0.0);
            setLabelHorizontalAnchor(javafx.geometry.HPos.LEFT);
            label.setMouseTransparent(true);
            rectangle.setMouseTransparent(true);
        }

        @Override
        protected void layout(javafx.geometry.Bounds bounds) {
            super.layout(bounds);
            label.setVisible(rectangle.getWidth() >= label.prefWidth(-1) + 2);
            label.setLayoutY(label.getLayoutY() + row * label.prefHeight(-1));
        }
    }

    private FaultMarkers() {
    }

    @SuppressWarnings("unchecked")
    public static void show(XYChart chart, List<Span> bands) {
        Map<String, XRangeIndicator> shown = (Map<String, XRangeIndicator>) chart.getProperties()
                .computeIfAbsent(KEY, k -> new HashMap<String, XRangeIndicator>());
        Map<String, Span> wanted = new HashMap<>();
        bands.forEach(b -> wanted.put(b.id(), b));
        shown.entrySet().removeIf(e -> {
            if (wanted.containsKey(e.getKey())) {
                return false;
            }
            chart.getPlugins().remove((ChartPlugin) e.getValue());
            return true;
        });
        for (int i = 0; i < bands.size(); i++) {
            Span b = bands.get(i);
            double from = seconds(b.from());
            double to = Math.max(seconds(b.to()), from + 1);
            Band band = (Band) shown.get(b.id());
            if (band == null) {
                band = new Band(chart, from, to, b.label());
                shown.put(b.id(), band);
                chart.getPlugins().add(band);
            } else if (band.getLowerBound() != from || band.getUpperBound() != to) {
                band.setLowerBound(from);
                band.setUpperBound(to);
            }
            band.row = i % Band.ROWS;
        }
    }

    /** The bands now on the chart, for tests. */
    @SuppressWarnings("unchecked")
    public static int count(XYChart chart) {
        Object shown = chart.getProperties().get(KEY);
        return shown == null ? 0 : ((Map<String, XRangeIndicator>) shown).size();
    }

    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
