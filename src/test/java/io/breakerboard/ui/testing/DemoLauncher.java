package io.breakerboard.ui.testing;

import io.breakerboard.ui.BreakerboardApplication;
import io.breakerboard.ui.UiOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the window by hand on the in-memory workspace, with a trickle of new executions every two seconds:
 * {@code mvn test-compile exec:java}-style, or from an IDE. Accepts the window's options
 * ({@code --theme dark}, {@code --screenshot out.png}, {@code --window-size 2560x1440}, {@code --tab chaos}). The
 * chaos panel starts with three past faults (marked on the time charts) and a report of each classic experiment.
 */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-feed");
            t.setDaemon(true);
            return t;
        });
        int code = BreakerboardApplication.launch(args, () -> {
            FakeWorkspace workspace = FakeWorkspace.withDemoData(clock, feed, 4_000);
            workspace.useChaos(FakeChaosControl.demo(clock.instant()));
            ExecutionGenerator live = new ExecutionGenerator(99);
            feed.scheduleWithFixedDelay(() -> workspace.data().add(live.generate(3, clock.instant(), Duration.ofSeconds(2))),
                    2, 2, TimeUnit.SECONDS);
            return workspace;
        }, UiOptions.parse(args));
        feed.shutdownNow();
        System.exit(code);
    }
}
