package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.chaos.ClassicExperiments;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportPhase;
import io.breakerboard.chaos.ReportRow;
import io.breakerboard.ui.charts.FaultMarkers;
import io.breakerboard.ui.chaos.ChaosView;
import io.breakerboard.ui.testing.FakeChaosControl;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chaos tab of the whole window on the in-memory workspace, driven the way a person would. */
@ExtendWith(ApplicationExtension.class)
class ChaosWindowTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private final FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 400);
    private final FakeChaosControl chaos = FakeChaosControl.withPastFaults(clock.instant());
    private BreakerboardWindow window;

    @Start
    void start(Stage stage) {
        workspace.useChaos(chaos);
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

    private ChaosView showChaos() throws Exception {
        return onFx(() -> {
            window.view().showChaos();
            return window.chaosView();
        });
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> activeFaults() {
        return (ListView<Object>) window.view().lookup("#active-faults");
    }

    /**
     * Whether the list with this id is in the scene and holds this many items. A tab's content joins the scene
     * graph at the next layout after the tab is selected, so a lookup just after selecting it may find nothing yet.
     */
    private boolean listHolds(String id, int size) {
        return window.view().lookup(id) instanceof ListView<?> list && list.getItems().size() == size;
    }

    @Test
    void aFaultButtonInjectsTheFaultAndTheShortcutStopsAll(FxRobot robot) throws Exception {
        showChaos();
        waitUntil(() -> window.view().lookup("#inject-tool-down") != null);

        robot.clickOn("#inject-tool-down");
        robot.clickOn("#inject-hang");

        waitUntil(() -> activeFaults().getItems().size() == 2);
        assertThat(chaos.activeFaults()).extracting(a -> a.spec().kind().id()).containsExactly("tool-down", "hang");
        waitUntil(() -> window.view().lookup("#stop-all-faults") instanceof javafx.scene.control.Button stop
                && stop.getText().contains("Stop all faults (2)"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> activeFaults().getItems().isEmpty());
        assertThat(chaos.activeFaults()).isEmpty();
        waitUntil(() -> window.view().messageProperty().get().equals("Stopped 2 faults; every call is back to normal"));
    }

    @Test
    void aRemoveButtonTakesOneFaultAway(FxRobot robot) throws Exception {
        showChaos();
        waitUntil(() -> window.view().lookup("#inject-model-outage") != null);
        robot.clickOn("#inject-model-outage");
        waitUntil(() -> activeFaults().getItems().size() == 1);
        String id = chaos.activeFaults().get(0).id();

        // The list keeps an invisible cell for measuring; click the one on screen once it is drawn.
        waitUntil(() -> robot.lookup("#remove-" + id).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#remove-" + id).match(org.testfx.util.NodeQueryUtils.isVisible()).queryButton());

        waitUntil(() -> activeFaults().getItems().isEmpty());
        waitUntil(() -> listHolds("#fault-timeline", 8));
    }

    @Test
    void theRowsOfAReportThatDeviatedAreHighlighted() throws Exception {
        chaos.addReport(new ExperimentReport("r-1", ClassicExperiments.AGENT_TIMEOUT, 11,
                ExperimentStatus.DEVIATED, clock.instant(), clock.instant().plusSeconds(720), "1 check fell outside tolerance", List.of(
                new ReportRow(ReportPhase.BEFORE, "Success rate of sre-triage", "≥ 60 %", "92.9 % (39 of 42)", false, ""),
                new ReportRow(ReportPhase.AFTER, "Success rate of sre-triage", "≥ 60 %", "26.2 % (16 of 61)", true,
                        "Give each agent its own breakers"))));
        showChaos();
        waitUntil(() -> listHolds("#experiments", 3));

        onFx(() -> {
            ((ListView<?>) window.view().lookup("#experiments")).getSelectionModel().select(1);
            return null;
        });

        waitUntil(() -> window.view().lookupAll("#report-table .table-row-cell").stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("deviated"))));
        List<Boolean> deviated = onFx(() -> window.view().lookupAll("#report-table .table-row-cell").stream()
                .map(n -> (TableRow<?>) n).filter(r -> r.getItem() != null)
                .map(r -> r.getPseudoClassStates().contains(PseudoClass.getPseudoClass("deviated"))).toList());
        assertThat(deviated).containsExactly(false, true);
        String summary = onFx(() -> ((javafx.scene.control.Label) window.view().lookup("#report-summary")).getText());
        assertThat(summary).isEqualTo("Deviated: 1 check fell outside tolerance");
    }

    @Test
    void pastFaultsAreMarkedOnTheTimeChartsOnly() throws Exception {
        waitUntil(() -> window.readyProperty().get());

        waitUntil(() -> FaultMarkers.count(window.view().dashboard().chart("Executions over time").chart()) == 3);
        assertThat(onFx(() -> FaultMarkers.count(window.view().dashboard().chart("Success rate").chart()))).isEqualTo(3);
        assertThat(onFx(() -> FaultMarkers.count(window.view().dashboard().chart("Duration by agent (slowest first)").chart())))
                .isZero();
    }
}
