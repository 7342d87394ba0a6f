package io.breakerboard.ui;

import io.breakerboard.service.Workspace;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. Start it with {@link #launch(String[], Supplier, UiOptions)}; the class that holds
 * {@code main} must not extend {@code Application}, or {@code java -jar} from the class path refuses to start
 * ("JavaFX runtime components are missing").
 */
public final class BreakerboardApplication extends Application {
    private static final System.Logger LOG = System.getLogger(BreakerboardApplication.class.getName());

    // Application.launch builds the instance itself, so the arguments travel through these.
    private static volatile Supplier<Workspace> workspaceSupplier;
    private static volatile UiOptions uiOptions = UiOptions.defaults();
    private static volatile int exitCode;
    private static volatile Workspace opened;
    private static volatile RuntimeException openFailure;

    private BreakerboardWindow window;
    /** The window was closed before the workspace opened: it is closed by {@link #launch} and no window is built. */
    private volatile boolean stopping;

    /**
     * Opens the window and returns when it is closed, with the process exit code (0, or 1 when a screenshot
     * could not be written). The workspace is opened off the FX thread and closed here after the window.
     *
     * @param args      the command line, passed on to JavaFX
     * @param workspace opens the workspace (may take a while: database, migrations); it is asked on its own
     *                  thread once the toolkit is up, while the window's skeleton is already on screen
     * @throws RuntimeException what {@code workspace} threw; then no window was shown
     */
    public static int launch(String[] args, Supplier<Workspace> workspace, UiOptions options) {
        workspaceSupplier = Objects.requireNonNull(workspace, "workspace");
        uiOptions = Objects.requireNonNull(options, "options");
        exitCode = 0;
        opened = null;
        openFailure = null;
        try {
            Application.launch(BreakerboardApplication.class, args);
        } finally {
            // Closed here, on the caller's thread, so a slow shutdown of the store never holds up the FX thread.
            Workspace w = opened;
            opened = null;
            if (w != null) {
                try {
                    w.close();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Closing the workspace failed: " + e.getMessage(), e);
                }
            }
        }
        if (openFailure != null) {
            throw openFailure;
        }
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        UiOptions options = uiOptions;
        // The route to the FX thread until the window has its own; closed once the window is up.
        FxScheduler startup = FxScheduler.platform();
        WindowStartup.open(stage, options, workspaceSupplier, startup, workspace -> {
            startup.close();
            opened = workspace;
            if (stopping) {
                return;
            }
            window = new BreakerboardWindow(stage, workspace, options, Clock.systemDefaultZone());
            window.show();
            if (options.screenshot() != null) {
                armScreenshot(stage, options);
            }
        }, failure -> {
            startup.close();
            openFailure = failure;
            Platform.exit();
        });
    }

    private void armScreenshot(Stage stage, UiOptions options) {
        ScreenshotMode.arm(stage.getScene(), window.screenshotReady(options), options.screenshot(), window.executor(),
                options.screenshotDelay(), result -> {
            if (result.ok()) {
                System.out.println("Wrote " + result.file());
            } else {
                System.err.println("Screenshot " + result.file() + ": " + result.problem());
                exitCode = 1;
            }
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        stopping = true;
        if (window != null) {
            window.close();
        }
    }
}
