package io.breakerboard.ui.charts;

import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The chartfx renderer with a legend symbol that shows the series' colour: a filled square for bars and areas,
 * a short thick line (dashed if the series is) for lines. chartfx draws an error-bar glyph there even when no
 * error bars are drawn.
 */
class SwatchRenderer extends ErrorDataSetRenderer {
    private final boolean filled;

    SwatchRenderer(boolean filled) {
        this.filled = filled;
        setErrorStyle(ErrorStyle.NONE);
    }

    /** True for bars and areas, whose legend symbol is a filled square. */
    boolean filled() {
        return filled;
    }

    @Override
    public boolean drawLegendSymbol(DataSetNode style, Canvas canvas) {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        if (filled) {
            double side = Math.min(width, height) - 2;
            gc.setFill(style.getLineColor());
            gc.fillRect((width - side) / 2, (height - side) / 2, side, side);
        } else {
            gc.setStroke(style.getLineColor());
            gc.setLineWidth(Math.max(2, style.getLineWidth()));
            gc.setLineDashes(style.getLineDashes());
            gc.strokeLine(1, height / 2, width - 1, height / 2);
        }
        gc.restore();
        return true;
    }
}
