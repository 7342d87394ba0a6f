package io.breakerboard.ui.charts;

import io.breakerboard.ui.UiExecutor;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/**
 * A titled chart with its empty state ("No executions in the last hour" instead of a blank box) and a context
 * menu: save as PNG, reset zoom. The PNG is encoded and written off the FX thread once the image is taken.
 */
public final class ChartPanel extends BorderPane {
    private final LiveChart live;
    private final UiExecutor ui;
    private final String title;
    private final StackPane body;
    /** The least height (px) a plot keeps; below it the legend stands beside the plot. */
    static final double MIN_PLOT_HEIGHT = 56;
    /** The least width (px) a plot keeps beside a legend: its value axis and a readable stretch of time. */
    static final double MIN_PLOT_WIDTH = 170;
    /** Room the x axis takes under the plot: ticks and their labels. */
    private static final double X_AXIS_HEIGHT = 34;

    public ChartPanel(String title, LiveChart live, UiExecutor ui) {
        this.title = title;
        this.live = live;
        this.ui = ui;
        // create parts
        Label heading = new Label(title);
        heading.getStyleClass().add("panel-title");
        Label emptyText = new Label();
        emptyText.getStyleClass().add("empty-state");
        emptyText.setWrapText(true);
        XYChart chart = live.chart();
        body = new StackPane(chart, emptyText);
        body.getStyleClass().add("chart-body");
        ContextMenu menu = new ContextMenu(menuItem("Save chart as PNG…", this::chooseAndSave),
                menuItem("Reset zoom", this::resetZoom));

        // lay out
        getStyleClass().addAll("panel", "chart-panel");
        setTop(heading);
        setCenter(body);

        // bind
        emptyText.textProperty().bind(live.emptyMessageProperty());
        emptyText.visibleProperty().bind(live.emptyProperty());
        chart.visibleProperty().bind(live.emptyProperty().not());

        // handlers
        body.setOnContextMenuRequested(e -> menu.show(body, e.getScreenX(), e.getScreenY()));
        heading.setOnContextMenuRequested(e -> menu.show(heading, e.getScreenX(), e.getScreenY()));
    }

    /**
     * Replaces chartfx's legend by a {@link SeriesLegend} under the plot, moved beside it when its rows would
     * leave the plot less than {@link #MIN_PLOT_HEIGHT}, long names shortened so that the plot keeps
     * {@link #MIN_PLOT_WIDTH}: for charts with a series per agent, whose legend took three rows at 1024 px and
     * was cut with long names. Decided from the space the panel gives, which the legend does not change.
     */
    public ChartPanel legendBesideWhenShort() {
        XYChart chart = live.chart();
        chart.setLegendVisible(false);
        SeriesLegend legend = new SeriesLegend();
        // Taking the chart into the box already took it out of the body: the box goes under the empty message,
        // replacing nothing (set(0, …) replaced the message itself, and an empty chart showed a blank panel).
        BorderPane box = new BorderPane(chart);
        body.getChildren().add(0, box);
        box.visibleProperty().bind(chart.visibleProperty());
        javafx.beans.InvalidationListener place = o -> {
            double w = box.getWidth();
            double h = box.getHeight();
            if (w <= 0 || h <= 0) {
                return;
            }
            legend.show(live.legendProperty().get());
            if (legend.place(w, h, X_AXIS_HEIGHT, MIN_PLOT_HEIGHT, MIN_PLOT_WIDTH) == SeriesLegend.Placement.BESIDE) {
                if (box.getRight() != legend) {
                    box.setBottom(null);
                    box.setRight(legend);
                }
            } else if (box.getBottom() != legend) {
                box.setRight(null);
                box.setBottom(legend);
            }
        };
        box.widthProperty().addListener(place);
        box.heightProperty().addListener(place);
        live.legendProperty().addListener(place);
        // New entries know their width only once styled: decide again then.
        legend.layoutBoundsProperty().addListener(place);
        return this;
    }

    public LiveChart live() {
        return live;
    }

    public String title() {
        return title;
    }

    private static MenuItem menuItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Takes the chart's image now (FX thread) and writes it in the background. */
    public void save(Path target) {
        ImageCapture capture = ImageCapture.of(live.chart());
        ui.query("save the chart as " + target, () -> PngFiles.write(capture, target),
                written -> ui.tell("Saved " + title + " to " + written));
    }

    private void resetZoom() {
        for (ChartPlugin plugin : live.chart().getPlugins()) {
            if (plugin instanceof Zoomer zoomer) {
                zoomer.zoomOrigin();
            }
        }
    }
}
