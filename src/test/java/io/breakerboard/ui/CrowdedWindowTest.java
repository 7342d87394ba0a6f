package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.ui.charts.ChartPanel;
import io.breakerboard.ui.charts.SeriesLegend;
import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the sizes people use, in both themes, on a crowded fleet (twelve agents with long names) and
 * under a two-line banner (as when unfinished executions are offered for resuming): every button, combo box,
 * chip, legend entry and error type is whole and inside the part of the window that holds it; legend entries,
 * failure cells and alert titles stay readable.
 */
class CrowdedWindowTest {
    /** Twelve agents named the way large fleets name them. */
    static final List<String> LONG_NAMES = List.of(
            "customer-support-escalation-agent-eu-west", "customer-support-escalation-agent-us-east",
            "invoice-reconciliation-agent-finance-emea", "payments-fraud-review-agent-apac-north",
            "incident-triage-and-routing-agent-platform", "knowledge-base-research-assistant-internal",
            "code-review-assistant-monorepo-backend-team", "release-notes-writer-agent-mobile-apps",
            "sales-lead-qualification-agent-americas", "hr-onboarding-helpdesk-agent-global-staff",
            "data-pipeline-repair-agent-analytics-core", "security-alert-summariser-agent-soc-tier1");
    /** The least plot a chart keeps beside or above its legend, in px. */
    private static final double MIN_PLOT_WIDTH = 120;
    private static final double MIN_PLOT_HEIGHT = 40;
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

    /** A day of executions of the twelve agents, some of them failing. */
    static FakeWorkspace twelveLongNames(Clock clock, java.util.concurrent.Executor jobs) {
        FakeWorkspace workspace = new FakeWorkspace(clock, jobs);
        ExecutionGenerator generator = new ExecutionGenerator(12);
        Instant now = clock.instant();
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String agent = LONG_NAMES.get(i % LONG_NAMES.size());
            executions.add(generator.withSteps(agent, now.minus(Duration.ofMinutes(2L * i + 1)), 3 + i % 5));
        }
        workspace.data().add(executions);
        workspace.alerting().setAlerts(List.of(
                alert("c-1", "high-cost", LONG_NAMES.get(10), now.minusSeconds(300)),
                alert("c-2", "error-rate", LONG_NAMES.get(0), now.minusSeconds(900))));
        return workspace;
    }

    private static io.breakerboard.model.Alert alert(String id, String rule, String agent, Instant since) {
        return new io.breakerboard.model.Alert(id, rule, io.breakerboard.model.Severity.WARNING,
                io.breakerboard.model.AlertState.FIRING, agent, 0.57, 0.30, "USD", agent + " crossed its " + rule + " threshold",
                since, since, null, false, List.of());
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024,700,LIGHT", "1024,700,DARK", "1280,800,LIGHT", "1280,800,DARK", "1920,1080,LIGHT", "1920,1080,DARK"})
    void everyControlAndNumberFitsUnderABannerOnTwelveLongNames(int width, int height, Theme theme) throws Exception {
        FakeWorkspace workspace = twelveLongNames(clock, jobs);
        FxToolkit.setupStage(stage -> {
            window = new BreakerboardWindow(stage, workspace, new UiOptions(null, theme, width, height), clock);
            window.show();
        });
        waitUntil(() -> window.readyProperty().get());
        onFx(() -> {
            window.view().showBanner("2 executions of an earlier run did not finish: the engine stopped while they ran."
                    + " Resume them from their last checkpoint, or discard them to keep the statistics as they are.",
                    List.of(new MainView.BannerAction("banner-resume", "Resume", () -> { }),
                            new MainView.BannerAction("banner-discard", "Discard", () -> { })));
            return null;
        });
        List<String> problems = new ArrayList<>();
        for (String tab : List.of("tab-dashboard", "tab-engine", "tab-reliability", "tab-chaos")) {
            onFx(() -> {
                window.view().showPanel(tab);
                return null;
            });
            Thread.sleep(500);
            if (tab.equals("tab-reliability")) {
                waitUntil(() -> window.view().lookup("#reliability-summary") instanceof Labeled l && !l.getText().isEmpty());
            }
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(onFx(() -> {
                List<String> found = new ArrayList<>();
                Node content = window.view().tabs().getSelectionModel().getSelectedItem().getContent();
                check(content, width, height, found);
                return found.stream().map(f -> tab + ": " + f).toList();
            }));
        }

        assertThat(problems).isEmpty();
    }

    private static void check(Node content, int width, int height, List<String> found) {
        for (Node n : content.lookupAll(".button, .toggle-button, .reliability-bar .label, .series-legend-item")) {
            if (n instanceof Labeled l && shown(l) && !inScrolledArea(l)) {
                whole(l, found);
                inside(l, width, height, found);
            }
        }
        for (Node n : content.lookupAll(".combo-box")) {
            if (n instanceof ComboBox<?> box && shown(box) && box.lookup(".list-cell") instanceof Labeled cell) {
                whole(cell, found);
                if (!inScrolledArea(box)) {
                    inside(box, width, height, found);
                }
            }
        }
        for (Node n : content.lookupAll(".series-legend")) {
            if (n instanceof SeriesLegend legend && shown(legend)) {
                identifiable(legend, found);
            }
        }
        for (Node n : content.lookupAll("#failures-table")) {
            if (n instanceof TableView<?> table && shown(table)) {
                cellsFit(table, found);
            }
        }
        for (Node n : content.lookupAll(".alert-title")) {
            if (n instanceof Labeled l && shown(l)) {
                whole(l, found);
            }
        }
    }

    /**
     * Every entry of a chart's legend names one series, whole or shortened around an ellipsis with its whole name
     * on hover, no two alike; and the legend leaves the plot room and does not cover it.
     */
    private static void identifiable(SeriesLegend legend, List<String> found) {
        List<String> texts = new ArrayList<>();
        for (Node item : legend.getChildren()) {
            Labeled l = (Labeled) item;
            String full = l.getTooltip() == null ? null : l.getTooltip().getText();
            texts.add(l.getText());
            if (full == null) {
                found.add("legend entry '" + l.getText() + "' has no tooltip with its full name");
            } else if (!l.getText().equals(full) && !(l.getText().contains("…")
                    && full.startsWith(l.getText().substring(0, l.getText().indexOf('…'))))) {
                found.add("legend entry '" + l.getText() + "' does not name '" + full + "'");
            }
        }
        if (texts.stream().distinct().count() != texts.size()) {
            found.add("legend entries read alike: " + texts);
        }
        Node panel = legend;
        while (panel != null && !(panel instanceof ChartPanel)) {
            panel = panel.getParent();
        }
        if (panel instanceof ChartPanel chartPanel) {
            Bounds plot = bounds(chartPanel.live().chart().getCanvas());
            Bounds entries = bounds(legend);
            if (plot.getWidth() < MIN_PLOT_WIDTH || plot.getHeight() < MIN_PLOT_HEIGHT) {
                found.add("the legend " + texts + " leaves the plot " + Math.round(plot.getWidth()) + "x"
                        + Math.round(plot.getHeight()) + " px");
            }
            if (plot.intersects(entries)) {
                found.add("the legend " + texts + " covers the plot (" + entries + " over " + plot + ")");
            }
        }
    }

    /**
     * Each cell of the table reads whole or elides with an ellipsis and holds its whole text in a tooltip; no
     * column runs past the table's edge (where its text would be cut mid-word with no sign of it).
     */
    private static void cellsFit(TableView<?> table, List<String> found) {
        Bounds room = bounds(table);
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.isVisible()
                    && cell.getText() != null && !cell.getText().isEmpty()) {
                String column = cell.getTableColumn().getText();
                Bounds b = bounds(cell);
                if (b.getMaxX() > room.getMaxX() + 0.5 || b.getMinX() < room.getMinX() - 0.5) {
                    found.add(column + " '" + cell.getText() + "' runs past the table's edge (" + b + " in " + room + ")");
                    continue;
                }
                Text text = (Text) cell.lookup(".text");
                String shown = text == null ? "" : text.getText();
                boolean tooltip = cell.getText().equals(CellTooltip.textOf(cell));
                if (!shown.equals(cell.getText()) && !(shown.endsWith(cell.getEllipsisString()) && tooltip)) {
                    found.add(column + " '" + cell.getText() + "' shows as '" + shown + "'" + (tooltip ? "" : " with no tooltip"));
                }
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && bounds(n).getWidth() > 0;
    }

    /** Inside a scroll pane or a list the content may run past its view: the scroll bar reaches it. */
    private static boolean inScrolledArea(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane || p instanceof javafx.scene.control.ListView<?>
                    || p instanceof javafx.scene.control.TableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static void whole(Labeled l, List<String> found) {
        Text text = (Text) l.lookup(".text");
        if (l.getText() != null && !l.getText().isEmpty() && (text == null || !text.getText().equals(l.getText()))) {
            found.add("'" + l.getText() + "' shows as '" + (text == null ? "" : text.getText()) + "'");
        }
    }

    /** Inside the window, inside the split pane part that holds it and inside the chart panel it belongs to. */
    private static void inside(Node n, int width, int height, List<String> found) {
        Bounds b = bounds(n);
        String name = n instanceof Labeled l ? l.getText() : n.getId();
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
            found.add("'" + name + "' lies outside the " + width + "x" + height + " window at " + b);
            return;
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof SplitPane || p.getStyleClass().contains("chart-panel")) {
                Bounds room = bounds(p);
                if (b.getMinY() < room.getMinY() - 0.5 || b.getMaxY() > room.getMaxY() + 0.5
                        || b.getMinX() < room.getMinX() - 0.5 || b.getMaxX() > room.getMaxX() + 0.5) {
                    found.add("'" + name + "' is cut by its " + p.getClass().getSimpleName() + " (" + b + " in " + room + ")");
                    return;
                }
            }
        }
    }
}
