package io.breakerboard.ui;

import io.breakerboard.ui.dashboard.DashboardData;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a first run the demo logs are written beside the window: it shows at once and says what it is doing, instead
 * of waiting seconds for the engine to run three days of traffic before anything appears.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunDemoTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private final FakeWorkspace workspace = new FakeWorkspace(clock, jobs);
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    @TempDir
    Path dataDir;
    private BreakerboardWindow window;
    // Held: a binding nothing refers to is collected with its listeners.
    private javafx.beans.binding.BooleanBinding ready;

    @Start
    void start(Stage stage) {
        Path demo = dataDir.resolve("demo-logs");
        UiOptions options = new UiOptions(null, Theme.LIGHT, 1280, 800).withDemoLogs(new UiOptions.DemoLogs(demo, folder -> {
            writing.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("demo.fake"), "planner,success,1200,0.02\ncoder,failure,3400,0.05,tool broke\n");
        }));
        window = new BreakerboardWindow(stage, workspace, options, clock);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
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
    void theWindowShowsWhileTheDemoLogsAreWrittenAndFillsOnceTheyAreImported() throws Exception {
        assertThat(writing.await(10, TimeUnit.SECONDS)).as("the demo logs are being written").isTrue();
        assertThat(onFx(() -> window.stage().isShowing())).as("the window shows meanwhile").isTrue();
        assertThat(onFx(() -> window.view().messageProperty().get())).contains("writing demo logs");
        assertThat(onFx(() -> window.readyProperty().get())).as("an empty window is not filled").isFalse();

        // What the window shows the moment it counts as filled (a screenshot is taken then).
        java.util.concurrent.atomic.AtomicReference<Long> shownWhenReady = new java.util.concurrent.atomic.AtomicReference<>();
        onFx(() -> {
            ready = window.readyProperty();
            ready.addListener((obs, was, now) -> {
                if (now && shownWhenReady.get() == null) {
                    shownWhenReady.set(window.dashboardViewModel().executionsProperty().get());
                }
            });
            return null;
        });

        release.countDown();

        waitUntil(() -> window.dashboardViewModel().executionsProperty().get() == 2);
        waitUntil(() -> window.readyProperty().get());
        waitUntil(() -> shownWhenReady.get() != null);
        assertThat(shownWhenReady.get()).as("filled means filled with the demo logs").isEqualTo(2L);
        DashboardData shown = onFx(() -> window.dashboardViewModel().dataProperty().get());
        assertThat(shown.failuresRead()).isTrue();
        assertThat(shown.failures()).as("the failures read after the import").isNotEmpty();
        assertThat(onFx(() -> window.view().messageProperty().get())).as("done writing, it no longer says so")
                .doesNotContain("writing demo logs");
        assertThat(Files.isRegularFile(dataDir.resolve("demo-logs").resolve("demo.fake"))).isTrue();
    }
}
