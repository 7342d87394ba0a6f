package io.breakerboard.ui.trace;

import java.util.Locale;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

/** The waterfall's bar: where a step starts and how long it runs, on the execution's time scale. Reused by the table. */
final class BarCell extends TableCell<StepRow, StepRow> {
    /** Room between the column's edges and the ends of the time scale, shared with {@link TimeRuler}. */
    static final double INSET = 6;
    private static final double MIN_BAR_PX = 2;
    private final Track track = new Track();

    BarCell() {
        getStyleClass().add("bar-cell");
        setText(null);
    }

    @Override
    protected void updateItem(StepRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        track.start = row.barStart();
        track.width = row.barWidth();
        track.bar.getStyleClass().setAll("step-bar", "step-" + row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (row.failed()) {
            track.bar.getStyleClass().add("step-failed");
        }
        track.requestLayout();
        setGraphic(track);
    }

    // The track spans the column less the insets, whatever the cell's padding, so time maps to x as on the ruler.
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() == track) {
            double h = track.prefHeight(-1);
            track.resizeRelocate(INSET, Math.round((getHeight() - h) / 2), Math.max(0, getWidth() - 2 * INSET), h);
        }
    }

    /** A strip as wide as the column; the bar sits at its fraction of it. */
    private static final class Track extends Region {
        final Region bar = new Region();
        double start;
        double width;

        Track() {
            getStyleClass().add("bar-track");
            getChildren().add(bar);
            setMinWidth(0);
            setPrefHeight(12);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight() - snappedTopInset() - snappedBottomInset();
            double x = snappedLeftInset() + Math.min(start, 1) * w;
            double barWidth = Math.max(MIN_BAR_PX, Math.min(width, 1) * w);
            bar.resizeRelocate(Math.min(x, snappedLeftInset() + w - MIN_BAR_PX), snappedTopInset(), barWidth, h);
        }
    }
}
