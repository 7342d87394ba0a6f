package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.ui.charts.ChartPanel;
import io.breakerboard.ui.charts.TickedAxis;
import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeWorkspace;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quality panel beside the alerts: on a store without scores it says so and how to get them; with scores its
 * time axis reads whole, inside the panel, at the window sizes people use.
 */
class QualityPanelTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private BreakerboardWindow window;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
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

    @Test
    void aStoreWithoutScoresShowsWhatToDoInsteadOfABlankPanel() throws Exception {
        open(FakeWorkspace.withDemoData(clock, jobs, 300), 1280, 800, Theme.DARK);

        String shown = onFx(() -> {
            Labeled empty = (Labeled) quality().lookup(".empty-state");
            assertThat(empty).as("the quality panel's empty message").isNotNull();
            assertThat(shownInTree(empty)).as("the empty message is shown").isTrue();
            Bounds b = bounds(empty);
            assertThat(b.getHeight()).as("the empty message's height").isGreaterThan(10);
            assertThat(contains(bounds(quality()), b)).as("the message lies inside its panel").isTrue();
            return empty.getText();
        });

        assertThat(shown).contains("No scored executions").contains("engine");
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024,700,LIGHT", "1024,700,DARK", "1280,800,DARK", "1920,1080,LIGHT"})
    void theTimeAxisLabelsLieInsideThePanel(int width, int height, Theme theme) throws Exception {
        open(scored(), width, height, theme);

        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            ChartPanel panel = quality();
            XYChart chart = panel.live().chart();
            TickedAxis x = (TickedAxis) chart.getXAxis();
            Bounds axis = bounds(x);
            Bounds chartBounds = bounds(chart);
            Bounds panelBounds = bounds(panel);
            int labels = 0;
            for (TickMark tick : x.getTickMarks()) {
                if (!tick.isVisible() || tick.getText() == null || tick.getText().isEmpty()) {
                    continue;
                }
                labels++;
                // chartfx draws a bottom axis' labels on its canvas, a tick and a gap below the axis line.
                Bounds label = new BoundingBox(axis.getMinX() + tick.getPosition() - tick.getWidth() / 2,
                        axis.getMinY() + x.getTickLength() + x.getTickLabelGap(), tick.getWidth(), tick.getHeight());
                if (!contains(chartBounds, label) || !contains(panelBounds, label)) {
                    found.add("'" + tick.getText() + "' at " + label + " runs out of the chart " + chartBounds);
                }
            }
            if (labels < 2) {
                found.add("only " + labels + " time labels to check");
            }
            return found;
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void scoresOnZeroToOneAreDrawnOnThatScale() throws Exception {
        open(scored(), 1280, 800, Theme.LIGHT);

        double[] range = onFx(() -> {
            XYChart chart = quality().live().chart();
            return new double[] {chart.getYAxis().getMin(), chart.getYAxis().getMax()};
        });

        assertThat(range).containsExactly(0.0, 1.0);
    }

    private void open(FakeWorkspace workspace, int width, int height, Theme theme) throws Exception {
        FxToolkit.setupStage(stage -> {
            window = new BreakerboardWindow(stage, workspace, new UiOptions(null, theme, width, height), clock);
            window.show();
        });
        waitUntil(() -> window.readyProperty().get());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Two days of executions, each with a score on 0..1. */
    private FakeWorkspace scored() {
        List<Execution> executions = new ArrayList<>();
        int i = 0;
        for (Execution e : new ExecutionGenerator(7).generate(400, clock.instant(), Duration.ofDays(2))) {
            executions.add(e.withScores(List.of(Score.numeric("correctness", (i++ % 10) / 10.0, ScoreSource.EVALUATOR,
                    null, e.startedAt()))));
        }
        FakeWorkspace workspace = new FakeWorkspace(clock, jobs);
        workspace.data().add(executions);
        return workspace;
    }

    private ChartPanel quality() {
        return (ChartPanel) window.view().lookup("#QualityChart");
    }

    private static boolean shownInTree(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static boolean contains(Bounds room, Bounds b) {
        return b.getMinX() >= room.getMinX() - 0.5 && b.getMaxX() <= room.getMaxX() + 0.5
                && b.getMinY() >= room.getMinY() - 0.5 && b.getMaxY() <= room.getMaxY() + 0.5;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
