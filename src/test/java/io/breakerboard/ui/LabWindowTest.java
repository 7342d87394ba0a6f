package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Lab tab of the whole window on the in-memory workspace, driven the way a person would. */
@ExtendWith(ApplicationExtension.class)
class LabWindowTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private final FakeWorkspace workspace = new FakeWorkspace(clock, jobs);
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

    @Test
    @SuppressWarnings("unchecked")
    void runningTheBenchmarkFillsTheTableAndTheBarsOfEveryPattern(FxRobot robot) throws Exception {
        onFx(() -> {
            window.view().showPanel("tab-lab");
            return null;
        });
        waitUntil(() -> window.view().lookup("#lab-run") != null);
        onFx(() -> {
            ((ComboBox<Integer>) window.view().lookup("#lab-tasks")).setValue(10);
            return null;
        });

        robot.clickOn("#lab-run");

        TableView<List<String>> table = (TableView<List<String>>) window.view().lookup("#lab-table");
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(table.getItems()).extracting(r -> r.get(0))
                .containsExactly("sequential", "hierarchical", "iterative", "state_machine", "voting");
        assertThat(table.getColumns().get(2).getText()).isEqualTo("success vs truth");
        List<Integer> bars = onFx(() -> ((javafx.scene.Parent) window.view().lookup("#lab-bars"))
                .getChildrenUnmodifiable().stream().map(n -> ((BarChart<?, ?>) n).getData().get(0).getData().size())
                .toList());
        assertThat(bars).containsExactly(5, 5, 5, 5);
    }
}
