package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.charts.ChartPanel;
import io.breakerboard.ui.testing.FakeWorkspace;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.dataset.DataSet;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hovering a chart's bar, column or point tells its value; nothing slides over the plot meanwhile. */
@ExtendWith(ApplicationExtension.class)
class ChartTooltipsTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private BreakerboardWindow window;

    @Start
    void start(Stage stage) {
        window = new BreakerboardWindow(stage, FakeWorkspace.withDemoData(clock, jobs, 800),
                new UiOptions(null, io.breakerboard.ui.settings.Theme.LIGHT, 1280, 800), clock);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        // Hiding the stages does not close a window shown in the registered primary stage: its pollers would keep
        // running into the next tests. Closing it is what the application does when its window goes.
        if (window != null) {
            BreakerboardWindow shown = window;
            onFx(() -> {
                shown.close();
                return null;
            });
        }
        FxToolkit.cleanupStages();
        jobs.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Executions over time", "Success rate", "Duration by agent (slowest first)", "Cost"})
    void hoveringTheLargestValueShowsItsSeriesAndValue(String title, FxRobot robot) throws Exception {
        waitUntil(() -> window.readyProperty().get());
        ChartPanel panel = onFx(() -> window.view().dashboard().chartPanels().stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow());
        XYChart chart = panel.live().chart();
        Target target = onFx(() -> largest(chart));

        robot.moveTo(target.onScreen());

        waitUntil(() -> tooltip(chart) != null);
        String text = onFx(() -> tooltip(chart).getText());
        assertThat(text).contains(target.name());
        // The value is written out, not left to be read off the axis.
        assertThat(text.lines().count()).isGreaterThanOrEqualTo(2);
        assertThat(onFx(() -> chart.getToolBar().getScene() == null || !chart.getToolBar().isVisible()))
                .as("the zoom toolbar is not shown over the plot").isTrue();
    }

    private record Target(Point2D onScreen, String name) {
    }

    /** The point with the largest value, where the mouse goes to read it: mid-bar, mid-column or the point. */
    private static Target largest(XYChart chart) {
        boolean horizontal = chart.getYAxis() instanceof io.fair_acc.chartfx.axes.spi.CategoryAxis;
        Target best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Renderer renderer : chart.getRenderers()) {
            Axis x = renderer.getAxes().stream().filter(a -> a.getSide().isHorizontal()).findFirst().orElse(chart.getXAxis());
            Axis y = renderer.getAxes().stream().filter(a -> a.getSide().isVertical()).findFirst().orElse(chart.getYAxis());
            for (DataSet ds : renderer.getDatasets()) {
                for (int i = 0; i < ds.getDataCount(); i++) {
                    double vx = ds.get(DataSet.DIM_X, i);
                    double vy = ds.get(DataSet.DIM_Y, i);
                    double value = horizontal ? vx : vy;
                    double px = x.getDisplayPosition(vx);
                    double py = y.getDisplayPosition(vy);
                    if (!Double.isFinite(value) || value <= bestValue || py < 0 || py > chart.getCanvas().getHeight()) {
                        continue;
                    }
                    bestValue = value;
                    Point2D local = horizontal ? new Point2D((x.getDisplayPosition(0) + px) / 2, py)
                            : new Point2D(px, py + (renderer == chart.getRenderers().get(0) && isArea(chart) ? 3 : 0));
                    String name = horizontal ? ds.getDataLabel(i) : ds.getName();
                    best = new Target(chart.getCanvas().localToScreen(local), name);
                }
            }
        }
        assertThat(best).as("a point to hover").isNotNull();
        return best;
    }

    private static boolean isArea(XYChart chart) {
        return chart.getYAxis().getName() != null && chart.getYAxis().getName().startsWith("per ");
    }

    private static Label tooltip(XYChart chart) {
        for (Node n : chart.lookupAll(".chart-datapoint-tooltip-label")) {
            if (n instanceof Label l && l.isVisible() && l.getScene() != null && l.getText() != null && !l.getText().isBlank()) {
                return l;
            }
        }
        return null;
    }
}
