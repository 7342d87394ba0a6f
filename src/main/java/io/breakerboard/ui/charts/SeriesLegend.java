package io.breakerboard.ui.charts;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A chart's legend drawn by us rather than chartfx, so that it can stand beside the plot: chartfx 11.3.1 lays a
 * legend moved to the side out at 400 px tall and cuts the chart's axis. Rows under the plot while they leave it
 * room, a column beside it when not ({@link #besideWhen}).
 */
public final class SeriesLegend extends FlowPane {
    /** One entry: the series' name and the style class that gives its colour; filled for bars and areas. */
    public record Entry(String name, String styleClass, boolean filled) {
    }

    private List<Entry> shown = List.of();

    public SeriesLegend() {
        getStyleClass().add("series-legend");
        setHgap(8);
        setVgap(1);
    }

    /** Shows these entries, in order. FX thread. */
    public void show(List<Entry> entries) {
        if (entries.equals(shown)) {
            return;
        }
        shown = List.copyOf(entries);
        getChildren().setAll(entries.stream().map(SeriesLegend::item).toList());
    }

    private static Node item(Entry e) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", e.filled() ? "filled" : "line");
        if (e.styleClass() != null) {
            swatch.getStyleClass().add(e.styleClass());
        }
        Label label = new Label(e.name(), swatch);
        label.getStyleClass().add("series-legend-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** True if laid out in rows across {@code width} this legend would leave less than {@code plot} px of {@code height}. */
    public boolean besideWhen(double width, double height, double plot) {
        return height - heightInRows(width) < plot;
    }

    /** The height the entries take in rows across {@code width}, wherever the legend stands now. */
    double heightInRows(double width) {
        double x = 0;
        double row = 0;
        double height = 0;
        double room = width - snappedLeftInset() - snappedRightInset();
        for (Node item : getChildren()) {
            double w = item.prefWidth(-1);
            if (x > 0 && x + w > room) {
                height += row + getVgap();
                x = 0;
                row = 0;
            }
            x += w + getHgap();
            row = Math.max(row, item.prefHeight(-1));
        }
        return height + row + snappedTopInset() + snappedBottomInset();
    }

    /** Rows (horizontal) or a column (vertical) wrapping at {@code length} px. */
    void arrange(Orientation orientation, double length) {
        if (getOrientation() != orientation) {
            setOrientation(orientation);
        }
        setPrefWrapLength(length);
    }
}
