package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeWorkspace;
import io.breakerboard.ui.testing.ManualTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's pollers follow their tabs: polling while shown, stopped while hidden and once the window closes. */
@ExtendWith(ApplicationExtension.class)
class PagesWindowTest {
    private static final Duration STEP = Duration.ofMillis(100);
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 200);
    private final ManualTimers timers = new ManualTimers();
    private BreakerboardWindow window;

    @Start
    void start(Stage stage) {
        window = new BreakerboardWindow(stage, workspace, UiOptions.defaults(), clock, timers);
        window.show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        jobs.shutdownNow();
    }

    private long executionsShown() throws Exception {
        return onFx(() -> window.dashboardViewModel().executionsProperty().get());
    }

    @Test
    void theDashboardStopsPollingWhileAnotherTabShowsAndCatchesUpAtOnceWhenShownAgain() throws Exception {
        timers.runDue();
        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() == 200);
        onFx(() -> {
            window.view().showEngine();
            return null;
        });
        ManualTimers.Timer dashboard = timers.get("breakerboard-refresh");
        int polls = dashboard.runs();
        int snapshots = workspace.dashboards().snapshotCalls();

        workspace.data().add(new ExecutionGenerator(3).generate(50, clock.instant(), Duration.ofHours(1)));
        clock.advance(Duration.ofSeconds(5));
        timers.advance(Duration.ofSeconds(5), STEP);
        assertThat(dashboard.runs()).isEqualTo(polls);
        assertThat(workspace.dashboards().snapshotCalls()).isEqualTo(snapshots);
        assertThat(executionsShown()).isEqualTo(200);

        onFx(() -> {
            window.view().showDashboard();
            return null;
        });
        timers.runDue();
        assertThat(dashboard.runs()).isEqualTo(polls + 1);
        assertThat(workspace.dashboards().snapshotCalls()).isEqualTo(snapshots + 1);
        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() == 250);

        timers.advance(Duration.ofSeconds(1), STEP);
        assertThat(dashboard.runs()).isEqualTo(polls + 1 + 10);
    }

    @Test
    void theEngineStopsPollingWhenNeitherOfItsTabsShows() throws Exception {
        onFx(() -> {
            window.view().showReliability();
            return null;
        });
        ManualTimers.Timer engine = timers.get("breakerboard-engine-refresh");
        timers.advance(Duration.ofSeconds(1), STEP);
        int polls = engine.runs();
        assertThat(polls).isEqualTo(11);

        onFx(() -> {
            window.view().showDashboard();
            return null;
        });
        timers.advance(Duration.ofSeconds(5), STEP);
        assertThat(engine.runs()).isEqualTo(polls);
    }

    @Test
    void everyPollerStopsWhenTheWindowCloses() throws Exception {
        onFx(() -> {
            window.view().showChaos();
            window.view().showEngine();
            return null;
        });
        timers.advance(Duration.ofSeconds(1), STEP);
        assertThat(timers.all()).containsOnlyKeys("breakerboard-refresh", "breakerboard-details",
                "breakerboard-engine-refresh", "breakerboard-chaos");

        onFx(() -> {
            window.stage().close();
            return null;
        });
        Map<String, Integer> polls = runs();
        timers.advance(Duration.ofSeconds(5), STEP);

        assertThat(runs()).isEqualTo(polls);
        assertThat(timers.all().values()).allSatisfy(t -> assertThat(t.isClosed()).isTrue());
    }

    private Map<String, Integer> runs() {
        return timers.all().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().runs()));
    }
}
