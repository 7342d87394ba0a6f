package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.service.Workspace;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's skeleton is on screen while the store opens, and the window fills it once the store is open. */
@ExtendWith(ApplicationExtension.class)
class WindowStartupTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private final FxScheduler fx = FxScheduler.platform();
    private final AtomicReference<BreakerboardWindow> window = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        jobs.shutdownNow();
        fx.close();
    }

    private void open(Supplier<Workspace> workspace) throws Exception {
        onFx(() -> {
            WindowStartup.open(stage, UiOptions.defaults(), workspace, fx, opened -> {
                BreakerboardWindow w = new BreakerboardWindow(stage, opened, UiOptions.defaults(), clock);
                w.show();
                window.set(w);
            }, failed::set);
            return null;
        });
    }

    @Test
    void theSkeletonShowsWhileTheStoreOpensAndTheDashboardReplacesItOnceOpen() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicBoolean asked = new AtomicBoolean();
        open(() -> {
            asked.set(true);
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeWorkspace.withDemoData(clock, jobs, 200);
        });

        waitUntil(() -> stage.isShowing() && asked.get());
        // Two pulses later the store is still closed: the person sees the window's shape, not a blank stage.
        waitUntil(() -> stage.getScene().getRoot().lookup("#skeleton-status") != null);
        assertThat(onFx(() -> stage.getScene().getRoot().getId())).isEqualTo("skeleton");
        assertThat(onFx(() -> ((Label) stage.getScene().lookup("#skeleton-status")).getText()))
                .isEqualTo(SkeletonView.OPENING);
        assertThat(onFx(stage::getTitle)).isEqualTo("Breakerboard");
        assertThat(window.get()).as("no window before the workspace is open").isNull();

        gate.countDown();

        waitUntil(() -> window.get() != null && window.get().readyProperty().get());
        assertThat(onFx(() -> stage.getScene().getRoot())).isSameAs(window.get().view());
        assertThat(onFx(() -> stage.getScene().lookup("#headline"))).isNotNull();
    }

    @Test
    void aStoreThatCannotOpenIsReportedAndNoWindowIsBuilt() throws Exception {
        open(() -> {
            throw new IllegalStateException("the data directory is locked");
        });

        waitUntil(() -> failed.get() != null);
        assertThat(failed.get()).hasMessage("the data directory is locked");
        assertThat(window.get()).isNull();
    }

    // The snapshot query overlaps the building and first layout of the window instead of following them.
    @Test
    void theFirstSnapshotIsReadWhileTheWindowIsStillBeingBuilt() throws Exception {
        FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, jobs, 200);
        int before = workspace.dashboards().snapshotCalls();

        boolean readBeforeShown = onFx(() -> {
            BreakerboardWindow w = new BreakerboardWindow(stage, workspace, UiOptions.defaults(), clock);
            window.set(w);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (workspace.dashboards().snapshotCalls() == before && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            boolean read = workspace.dashboards().snapshotCalls() > before;
            w.show();
            return read;
        });

        assertThat(readBeforeShown).as("snapshot asked before the window is shown").isTrue();
        waitUntil(() -> window.get().readyProperty().get());
    }
}
