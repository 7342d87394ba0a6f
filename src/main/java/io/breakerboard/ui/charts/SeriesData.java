package io.breakerboard.ui.charts;

import io.fair_acc.chartfx.renderer.Renderer;
import java.util.Objects;

/**
 * The points of one chart series, computed off the FX thread.
 *
 * @param id         stable identity: the same id reuses the same data set
 * @param renderer   the renderer that draws it (only referenced here; attached on the FX thread)
 * @param name       legend text
 * @param styleClass CSS class giving its colour, e.g. {@code series-failures}
 * @param labels     a label per point (category names, tooltips), or null
 */
public record SeriesData(String id, Renderer renderer, String name, String styleClass, double[] x, double[] y,
                         String[] labels) {
    public SeriesData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(renderer, "renderer");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + id + " has " + x.length + " x values but " + y.length + " y values");
        }
        if (labels != null && labels.length != x.length) {
            throw new IllegalArgumentException("series " + id + " has " + x.length + " points but " + labels.length + " labels");
        }
    }

    public SeriesData(String id, Renderer renderer, String name, String styleClass, double[] x, double[] y) {
        this(id, renderer, name, styleClass, x, y, null);
    }

    public int size() {
        return x.length;
    }
}
