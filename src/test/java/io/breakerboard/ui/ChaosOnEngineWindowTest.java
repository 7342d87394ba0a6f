package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.service.EngineWorkload;
import io.breakerboard.service.LocalChaosControl;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.testsupport.MemoryExperimentRepository;
import io.breakerboard.testsupport.MemoryReportRepository;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chaos panel and the Reliability tab on one real engine, on virtual time: a tool taken down on the panel
 * opens that tool's breaker card, and after "Stop all faults" the breaker closes again.
 */
@ExtendWith(ApplicationExtension.class)
class ChaosOnEngineWindowTest {
    private static final int WAIT_SECONDS = 60;

    private final ExecutorService jobs = Executors.newCachedThreadPool();
    private final Clock clock = Clock.systemDefaultZone();
    private final VirtualClock engineClock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 200);
    private LocalEngine engine;
    private BreakerboardWindow window;

    @Start
    void start(Stage stage) {
        engine = workspace.useEngineOn(engineClock);
        workspace.useChaos(new LocalChaosControl(engine, new MemoryExperimentRepository(), new MemoryReportRepository(),
                jobs, s -> s, clock));
        window = new BreakerboardWindow(stage, workspace, UiOptions.defaults(), clock);
        window.show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        workspace.close();
        jobs.shutdownNow();
    }

    /** Thirty incident investigations, which call get_pod_logs often; returns once all are stored. */
    private void traffic(long seed) throws Exception {
        EngineWorkload w = new EngineWorkload(120, 4, Map.of("sre-triage", 1, "sre-investigator", 1),
                Map.of("iterative", 1, "hierarchical", 1), seed, null, 30L);
        engine.start(w).result().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private boolean cardIn(String state) {
        Node card = window.view().lookup("#breaker-get_pod_logs");
        return card != null && card.getStyleClass().contains("state-" + state);
    }

    @Test
    void toolDownOnTheChaosPanelOpensTheToolsBreakerCardAndStopAllLetsItRecover(FxRobot robot) throws Exception {
        onFx(() -> {
            window.view().showChaos();
            return null;
        });
        waitUntil(() -> window.view().lookup("#inject-tool-down") != null);
        // Long enough to outlast the traffic's virtual minutes: only "Stop all" ends it.
        robot.doubleClickOn("#duration-tool-down").eraseText(6).write("3600");
        robot.clickOn("#inject-tool-down");
        waitUntil(() -> workspace.chaos().activeFaults().size() == 1);
        assertThat(workspace.chaos().activeFaults().get(0).spec().duration()).isEqualTo(Duration.ofHours(1));
        assertThat(onFx(() -> ((Spinner<?>) window.view().lookup("#duration-tool-down")).getValue())).isEqualTo(3600);

        traffic(31);
        onFx(() -> {
            window.view().showReliability();
            return null;
        });

        waitUntil(() -> cardIn("open"));

        onFx(() -> {
            window.view().showChaos();
            return null;
        });
        robot.clickOn("#stop-all-faults");
        waitUntil(() -> workspace.chaos().activeFaults().isEmpty());
        engineClock.advance(Duration.ofMinutes(1));
        traffic(32);
        onFx(() -> {
            window.view().showReliability();
            return null;
        });

        waitUntil(() -> cardIn("closed"));
        assertThat(workspace.chaos().faultEvents()).extracting(e -> e.type().name()).containsExactly("STARTED", "ENDED");
    }

    @Test
    void aClassicExperimentRunsFromThePanelOnTheEngineAndItsReportFillsTheTable(FxRobot robot) throws Exception {
        onFx(() -> {
            window.view().showChaos();
            return null;
        });
        waitUntil(() -> window.view().lookup("#experiments") instanceof ListView<?> list && list.getItems().size() == 3);
        onFx(() -> {
            ((ListView<?>) window.view().lookup("#experiments")).getSelectionModel().select(2);
            return null;
        });

        robot.clickOn("#run-experiment");

        waitUntil(() -> window.view().messageProperty().get().equals("Experiment Malformed data: Passed (0 deviations)"));
        waitUntil(() -> window.view().lookupAll("#report-table .table-row-cell").stream()
                .anyMatch(n -> ((TableRow<?>) n).getItem() != null));
        String summary = onFx(() -> ((Label) window.view().lookup("#report-summary")).getText());
        assertThat(summary).startsWith("Passed: The hypothesis held");
        assertThat(workspace.chaos().reports(5)).singleElement()
                .satisfies(r -> assertThat(r.experiment()).isEqualTo("Malformed data"));
        assertThat(engine.stats().completed()).as("its traffic ran on the window's engine").isPositive();
        assertThat(engine.holder()).as("the engine is free again").isNull();
    }
}
