package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.charts.TickedAxis;
import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * The dashboard at the window sizes people use, in both themes: no header figure, table number, axis label or
 * button is elided, overlaps its neighbour or lies outside the window.
 */
class WindowSizesTest {
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

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024,700,LIGHT", "1024,700,DARK", "1280,800,LIGHT", "1280,800,DARK", "1920,1080,LIGHT", "1920,1080,DARK"})
    void everyFigureAndButtonIsWholeAndInsideTheWindow(int width, int height, Theme theme) throws Exception {
        FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 800);
        FxToolkit.setupStage(stage -> {
            window = new BreakerboardWindow(stage, workspace, new UiOptions(null, theme, width, height), clock);
            window.show();
        });
        waitUntil(() -> window.readyProperty().get());
        // A range with a long name: the header must shorten the name, never elide it or a figure.
        onFx(() -> {
            for (Node n : window.view().lookupAll(".toggle-button")) {
                if (n instanceof ButtonBase b && "24 h".equals(b.getText())) {
                    b.fire();
                }
            }
            return null;
        });
        // One more pulse so that the tables and axes have laid out their last refresh.
        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            Node root = window.view();
            List<Labeled> header = new ArrayList<>();
            // The range's name sits right against the figures it names: whole, but not apart from them.
            checkWhole((Labeled) root.lookup("#headline-range"), width, height, found);
            for (String id : List.of("#headline", "#p95", "#error-rate", "#alerts-firing", "#throughput")) {
                header.add((Labeled) root.lookup(id));
            }
            for (Labeled l : header) {
                checkWhole(l, width, height, found);
            }
            for (String id : List.of("#projected-month", "#agent-filter", "#pattern-filter")) {
                checkWhole((Labeled) root.lookup(id), width, height, found);
            }
            for (int i = 0; i < header.size(); i++) {
                for (int j = i + 1; j < header.size(); j++) {
                    if (bounds(header.get(i)).intersects(bounds(header.get(j)))) {
                        found.add("'" + header.get(i).getText() + "' overlaps '" + header.get(j).getText() + "'");
                    }
                }
            }
            int numbers = 0;
            int axes = 0;
            for (Node n : root.lookupAll("#agent-table .table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.getText() != null && !cell.getText().isEmpty()
                        && cell.getTableColumn() != null && !List.of("Agent", "Top errors").contains(cell.getTableColumn().getText())) {
                    checkWhole(cell, width, height, found);
                    numbers++;
                }
            }
            if (numbers < 20) {
                found.add("only " + numbers + " table numbers to check");
            }
            for (Node n : root.lookupAll(".button, .toggle-button")) {
                if (n instanceof ButtonBase b && b.isVisible() && b.getScene() != null && b.getText() != null
                        && !b.getText().isEmpty() && b.localToScene(b.getLayoutBounds()).getWidth() > 0) {
                    checkWhole(b, width, height, found);
                }
            }
            for (Node n : root.lookupAll(".axis")) {
                if (n instanceof TickedAxis axis && axis.isVisible() && axis.getWidth() > 0 && axis.getSide().isHorizontal()) {
                    checkTicks(axis, found);
                    axes++;
                }
            }
            if (axes < 3) {
                found.add("only " + axes + " time axes to check");
            }
            int names = 0;
            for (Node n : root.lookupAll(".axis")) {
                if (n instanceof io.fair_acc.chartfx.axes.spi.AbstractAxis axis && axis.isVisible() && axis.getHeight() > 0
                        && axis.getAxisLabel().isVisible() && axis.getName() != null && !axis.getName().isEmpty()) {
                    checkAxisName(axis, found);
                    names++;
                }
            }
            if (names < 4) {
                found.add("only " + names + " axis names to check");
            }
            for (Node n : root.lookupAll("#failures-table .table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.getText() != null && !cell.getText().isEmpty()
                        && cell.getTableColumn() != null && List.of("Time", "Agent").contains(cell.getTableColumn().getText())) {
                    checkWhole(cell, width, height, found);
                }
            }
            for (Node n : root.lookupAll(".series-legend-item, #alerts-scope")) {
                if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                    checkWhole(l, width, height, found);
                }
            }
            return found;
        });

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024,700,LIGHT", "1024,700,DARK", "1280,800,DARK", "1920,1080,LIGHT"})
    void theEngineReliabilityAndChaosTabsShowEveryButtonAndChipWhole(int width, int height, Theme theme) throws Exception {
        FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 200);
        FxToolkit.setupStage(stage -> {
            window = new BreakerboardWindow(stage, workspace, new UiOptions(null, theme, width, height), clock);
            window.show();
        });
        waitUntil(() -> window.readyProperty().get());
        List<String> problems = new ArrayList<>();
        for (String tab : List.of("tab-engine", "tab-reliability", "tab-chaos")) {
            onFx(() -> {
                window.view().showPanel(tab);
                return null;
            });
            Thread.sleep(400);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(onFx(() -> {
                List<String> found = new ArrayList<>();
                Node content = window.view().tabs().getSelectionModel().getSelectedItem().getContent();
                for (Node n : content.lookupAll(".button, .toggle-button, .label")) {
                    if (n instanceof Labeled l && l.isVisible() && visibleInTree(l) && l.getText() != null
                            && !l.getText().isEmpty() && !l.isWrapText() && bounds(l).getWidth() > 0
                            && !inScrolledArea(l)) {
                        checkWhole(l, width, height, found);
                    }
                }
                return found.stream().map(f -> tab + ": " + f).toList();
            }));
        }

        assertThat(problems).isEmpty();
    }

    private static boolean visibleInTree(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Inside a scroll pane or a list the content may run past the window: the scroll bar reaches it. */
    private static boolean inScrolledArea(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane || p instanceof javafx.scene.control.ListView<?>
                    || p instanceof javafx.scene.control.TableView<?>) {
                return true;
            }
        }
        return false;
    }

    /**
     * An axis' name fits the length of its axis: not cut by a short plot. chartfx draws the name on the axis'
     * canvas, centred, so what counts is its extent (height when upright, as rotated) against the axis'.
     */
    private static void checkAxisName(io.fair_acc.chartfx.axes.spi.AbstractAxis axis, List<String> found) {
        Text label = axis.getAxisLabel();
        Bounds name = label.localToScene(label.getBoundsInLocal());
        Bounds room = bounds(axis);
        boolean upright = axis.getSide().isVertical();
        double needed = upright ? Math.max(name.getHeight(), name.getWidth()) : name.getWidth();
        double length = upright ? room.getHeight() : room.getWidth();
        if (needed > length + 0.5) {
            found.add("axis name '" + axis.getName() + "' needs " + Math.round(needed) + " px on an axis of "
                    + Math.round(length) + " px");
        }
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** The text shown is the whole text, and the control lies inside the window. */
    private static void checkWhole(Labeled l, int width, int height, List<String> found) {
        Text shown = (Text) l.lookup(".text");
        if (shown != null && !shown.getText().equals(l.getText())) {
            found.add("'" + l.getText() + "' shows as '" + shown.getText() + "'");
        }
        Bounds b = bounds(l);
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
            found.add("'" + l.getText() + "' lies outside the " + width + "x" + height + " window at " + b);
        }
    }

    /** Neighbouring tick labels of a time axis leave space between them. */
    private static void checkTicks(TickedAxis axis, List<String> found) {
        var ticks = axis.timeTicks();
        for (int i = 1; i < ticks.values().length; i++) {
            double left = axis.tickLabelWidth(ticks.labels()[i - 1]);
            double right = axis.tickLabelWidth(ticks.labels()[i]);
            double distance = axis.getDisplayPosition(ticks.values()[i]) - axis.getDisplayPosition(ticks.values()[i - 1]);
            if (distance < (left + right) / 2) {
                found.add("ticks '" + ticks.labels()[i - 1] + "' and '" + ticks.labels()[i] + "' overlap");
            }
        }
    }
}
