package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.service.ExportKind;
import io.breakerboard.ui.charts.LiveChart;
import io.breakerboard.ui.dashboard.DashboardView;
import io.breakerboard.ui.dashboard.FailureRow;
import io.breakerboard.ui.dashboard.RangeChoice;
import io.breakerboard.ui.export.ExportDialog;
import io.breakerboard.ui.testing.FakeWorkspace;
import io.breakerboard.ui.testing.FileDrag;
import io.breakerboard.ui.trace.TraceView;
import io.breakerboard.ui.trace.TraceViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window on the in-memory workspace, driven the way a person would. */
@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {
    private static final int WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private final FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 800);
    private BreakerboardWindow window;

    @Start
    void start(Stage stage) {
        window = new BreakerboardWindow(stage, workspace, UiOptions.defaults(), clock);
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

    private void waitUntilReady() throws TimeoutException {
        waitUntil(() -> window.readyProperty().get());
    }

    @Test
    void theTablesRowsAreOneFixedHeightThatHoldsTheirText() throws Exception {
        waitUntilReady();
        waitUntil(() -> !window.view().dashboard().failuresTable().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> problems = onFx(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (javafx.scene.control.TableView<?> table : List.of(window.view().dashboard().failuresTable(),
                    window.view().dashboard().agentTable())) {
                // Rows of one known height are laid out without measuring each: a replaced list under a live feed
                // cost a pulse of 70 ms and more while every row was measured.
                double fixed = table.getFixedCellSize();
                if (!(fixed > 0)) {
                    found.add(table.getId() + " measures every row");
                    continue;
                }
                for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
                    javafx.scene.control.Labeled cell = (javafx.scene.control.Labeled) n;
                    if (cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible()) {
                        continue;
                    }
                    javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
                    if (text != null && text.getLayoutBounds().getHeight() > fixed) {
                        found.add(table.getId() + ": '" + cell.getText() + "' is " + text.getLayoutBounds().getHeight()
                                + " px high in a row of " + fixed);
                    }
                }
            }
            return found;
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void droppingAFileOnTheWindowImportsItAndTheHeaderCountsChange() throws Exception {
        waitUntilReady();
        long before = onFx(() -> window.dashboardViewModel().executionsProperty().get());
        Path log = Files.write(dir.resolve("dropped.log"), List.of("coder,SUCCESS,1200,0.02", "coder,FAILURE,800,0.01,timeout",
                "planner,SUCCESS,300,0.001", "garbage line"));

        boolean accepted = onFx(() -> FileDrag.drop(window.view(), List.of(log.toFile())));

        assertThat(accepted).isTrue();
        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() == before + 3);
        String headline = onFx(() -> ((javafx.scene.control.Label) window.view().lookup("#headline")).getText());
        assertThat(headline).contains(String.format(java.util.Locale.ROOT, "%,d executions", before + 3));
        waitUntil(() -> window.importViewModel().outcomeProperty().get().startsWith("Imported 1 file: 3 new executions"));
        assertThat(onFx(() -> window.importViewModel().results().get(0).quarantined())).isEqualTo(1);
    }

    @Test
    void tickingAPatternInThePatternFilterCountsOnlyItsExecutions(FxRobot robot) throws Exception {
        Instant now = clock.instant().minusSeconds(60);
        List<io.breakerboard.model.Execution> patterned = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            patterned.add(io.breakerboard.model.Execution.builder("patterned-" + i).agent("coder").startedAt(now)
                    .duration(java.time.Duration.ofSeconds(1)).pattern(i < 7 ? "voting" : "sequential").build());
        }
        workspace.data().add(patterned);
        waitUntilReady();
        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() >= 811);

        robot.clickOn("#pattern-filter");
        robot.clickOn((javafx.scene.Node) robot.lookup(n -> n instanceof javafx.scene.control.CheckBox box
                && "voting".equals(box.getText())).query());
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() == 7);
        String headline = onFx(() -> ((javafx.scene.control.Label) window.view().lookup("#headline")).getText());
        assertThat(headline).contains("7 executions | 100.0% success");
        assertThat(onFx(() -> ((javafx.scene.control.MenuButton) window.view().lookup("#pattern-filter")).getText()))
                .isEqualTo("voting");
    }

    @Test
    void clickingARecentFailureOpensItsTrace(FxRobot robot) throws Exception {
        waitUntilReady();
        waitUntil(() -> !window.view().dashboard().failuresTable().getItems().isEmpty());
        FailureRow first = onFx(() -> window.view().dashboard().failuresTable().getItems().get(0));
        // The rows are made by the pulse after the items arrive.
        waitUntil(() -> robot.lookup("#failures-table .table-row-cell").tryQuery().isPresent());
        TableRow<?> row = robot.lookup("#failures-table .table-row-cell").nth(0).queryAs(TableRow.class);

        robot.clickOn(row);

        waitUntil(() -> window.view().tabs().getSelectionModel().getSelectedItem().getContent() instanceof TraceView);
        Tab traceTab = onFx(() -> window.view().tabs().getSelectionModel().getSelectedItem());
        TraceViewModel trace = ((TraceView) traceTab.getContent()).viewModel();
        waitUntil(() -> trace.executionProperty().get() != null);
        assertThat(trace.keyProperty().get()).isEqualTo(first.key());
        assertThat(onFx(() -> trace.rows().size())).isEqualTo(workspace.queries().execution(first.key()).orElseThrow().steps().size());
        assertThat(onFx(() -> trace.summaryProperty().get())).startsWith(first.agent());
    }

    @Test
    void theRangeSelectorChangesWhatTheChartsDraw(FxRobot robot) throws Exception {
        waitUntilReady();
        LiveChart executions = window.view().dashboard().chart("Executions over time");
        double allTime = onFx(() -> total(executions, "all executions"));
        assertThat(allTime).isEqualTo(800);

        robot.clickOn("#range-" + RangeChoice.LAST_HOUR.name());

        waitUntil(() -> window.dashboardViewModel().dataProperty().get().spec().choice() == RangeChoice.LAST_HOUR);
        long lastHour = onFx(() -> window.dashboardViewModel().executionsProperty().get());
        waitUntil(() -> total(executions, "all executions") == lastHour || lastHour == 0 && executions.emptyProperty().get());
        double oldest = onFx(() -> Arrays.stream(executions.attachedPoints().getOrDefault("all executions", new double[2][0])[0])
                .min().orElse(Double.MAX_VALUE));
        assertThat(lastHour).isLessThan(800);
        assertThat(oldest).isGreaterThan(Instant.now().minusSeconds(3600 + 120).getEpochSecond());
    }

    private static double total(LiveChart chart, String series) {
        double[][] points = chart.attachedPoints().get(series);
        return points == null ? 0 : Arrays.stream(points[1]).sum();
    }

    @Test
    void theAlertRulesDialogSavesAnEditedThreshold(FxRobot robot) throws Exception {
        waitUntilReady();

        robot.clickOn("#alert-settings-open");
        waitUntil(() -> robot.lookup("#rule-error-rate-threshold").tryQuery().isPresent());
        javafx.scene.control.TextField threshold = robot.lookup("#rule-error-rate-threshold").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> threshold.getText().equals("20"));
        robot.doubleClickOn(threshold).write("35");
        javafx.scene.control.TextField rootCause = robot.lookup("#rule-root-cause-rate-threshold")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(robot.lookup("#rule-tool-success-rate-threshold").queryAs(javafx.scene.control.TextField.class)
                .getText()).isEqualTo("80");
        assertThat(rootCause.getText()).isEqualTo("70");
        robot.interact(() -> rootCause.setText("65"));
        robot.clickOn("#alert-settings-save");

        waitUntil(() -> workspace.alerting().alertSettings().errorRate().threshold() == 35);
        assertThat(workspace.alerting().alertSettings().rootCauseRate().threshold()).isEqualTo(65);
        waitUntil(() -> robot.lookup("#alert-settings").tryQuery().isEmpty());
    }

    @Test
    void exportWritesACsvOfTheCurrentFilter(FxRobot robot) throws Exception {
        waitUntilReady();
        Path target = dir.resolve("failures.csv");
        robot.clickOn("File").clickOn("Export…");
        ExportDialog dialog = window.view().exportDialog();
        waitUntil(() -> dialog.stage().isShowing());
        robot.interact(() -> {
            ChoiceBox<?> kind = (ChoiceBox<?>) dialog.stage().getScene().lookup("#export-kind");
            ((ChoiceBox<ExportKind>) kind).setValue(ExportKind.FAILURES);
            ((TextField) dialog.stage().getScene().lookup("#export-target")).setText(target.toString());
        });

        robot.clickOn(dialog.stage().getScene().lookup("#export-start"));

        waitUntil(() -> window.exportViewModel().outcomeProperty().get().startsWith("Wrote"));
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("key,agent,started_at,outcome,duration_ms,cost_usd");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).noneMatch(l -> l.contains(",SUCCESS,"));
    }

    @Test
    void theViewMenuSwitchesToTheDarkThemeAndHelpListsTheShortcuts(FxRobot robot) throws Exception {
        waitUntilReady();

        robot.clickOn("View").clickOn("Switch theme");
        waitUntil(() -> window.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("css/dark.css")));

        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof Stage st
                && "Keyboard shortcuts · Breakerboard".equals(st.getTitle())));
        List<String> keys = onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && "Keyboard shortcuts · Breakerboard".equals(st.getTitle()))
                .flatMap(w -> w.getScene().getRoot().lookupAll(".keys").stream())
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertThat(keys).hasSize(Shortcuts.all().size()).contains("F5", "Left / Right", "Space");
    }

    @Test
    void aChartSavesAsPng() throws Exception {
        waitUntilReady();
        Path target = dir.resolve("cost.png");
        var panel = window.view().dashboard().chartPanels().stream().filter(p -> p.title().equals("Cost")).findFirst().orElseThrow();

        WaitForAsyncUtils.asyncFx(() -> panel.save(target)).get();

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.isRegularFile(target));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        waitUntil(() -> window.view().messageProperty().get().startsWith("Saved Cost to "));
    }

    @Test
    void theTraceReplayStepsForwardAndBackWithTheKeys(FxRobot robot) throws Exception {
        waitUntilReady();
        String key = workspace.queries().executions(io.breakerboard.metrics.MetricsFilter.all(), false, 1).get(0).key();
        robot.interact(() -> window.view().openTrace(key));
        TraceView view = onFx(() -> (TraceView) window.view().tabs().getSelectionModel().getSelectedItem().getContent());
        TraceViewModel trace = view.viewModel();
        waitUntil(() -> trace.indexProperty().get() == 0);

        robot.clickOn(view.lookup("#trace-summary"));
        robot.type(KeyCode.RIGHT, 2);
        waitUntil(() -> trace.indexProperty().get() == 2);
        robot.type(KeyCode.LEFT);
        waitUntil(() -> trace.indexProperty().get() == 1);
        robot.clickOn("#replay-next");
        waitUntil(() -> trace.indexProperty().get() == 2);
        assertThat(onFx(() -> ((javafx.scene.control.Label) view.lookup("#replay-position")).getText()))
                .startsWith("Step 3 of ");
    }

    @Test
    void aRangeWithoutDataSaysSoInEveryPanel() throws Exception {
        waitUntilReady();
        window.dashboardViewModel();
        WaitForAsyncUtils.asyncFx(() -> window.dashboardViewModel().selectCustomRange(
                Instant.parse("2001-01-01T00:00:00Z"), Instant.parse("2001-01-02T00:00:00Z"))).get();

        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() == 0
                && window.view().dashboard().chartPanels().stream().allMatch(p -> p.live().emptyProperty().get()));
        DashboardView dashboard = window.view().dashboard();
        assertThat(onFx(() -> dashboard.chart("Executions over time").emptyMessageProperty().get()))
                .isEqualTo("No executions in this range");
        assertThat(onFx(() -> ((javafx.scene.control.Label) dashboard.failuresTable().getPlaceholder()).getText()))
                .isEqualTo("No failures in this range");
    }
}
