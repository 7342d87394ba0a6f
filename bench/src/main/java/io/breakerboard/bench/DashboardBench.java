package io.breakerboard.bench;

import io.breakerboard.cli.LibraryLogging;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Redactor;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.ui.BreakerboardWindow;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.WindowStartup;
import io.breakerboard.ui.UiOptions;
import io.breakerboard.ui.dashboard.DashboardData;
import io.breakerboard.ui.dashboard.RangeChoice;
import io.breakerboard.ui.settings.Theme;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;

/**
 * The dashboard on a large store, measured the way a person meets it: time from launch to every panel filled,
 * time for a range change to show, and the FX thread's pulses while a tailed file grows by a steady rate of
 * executions (against the idle pulses of the same window, measured just before).
 *
 * <pre>
 * java -cp "target/breakerboard.jar:target/lib/*" io.breakerboard.bench.DashboardBench --data-dir DIR
 *     [--feed-rate 1000] [--feed-seconds 15] [--rounds 3] [--feed-file FILE] [--launch-only]
 * </pre>
 *
 * The window runs on a clock set to one minute after the newest stored execution, so "last hour" and the
 * other relative ranges hold data whatever the day the store was filled; the fed executions are stamped with
 * the same clock. With {@code --launch-only} it exits once the panels are filled. Prints one table and exits. Needs a display (run it under {@code xvfb-run}).
 */
public final class DashboardBench {
    private static final double LAUNCH_TARGET_MS = 3_000;
    private static final double RANGE_TARGET_MS = 300;
    private static final double PULSE_TARGET_MS = 50;
    private static final RangeChoice[] RANGES = {RangeChoice.LAST_7_D, RangeChoice.LAST_24_H, RangeChoice.LAST_HOUR,
            RangeChoice.LAST_15_MIN, RangeChoice.ALL};

    // Application.launch builds the application itself, so what it needs travels through these.
    private static volatile LocalWorkspace workspace;
    private static volatile Clock clock;
    private static volatile Instant newestStored;
    private static volatile Options options;
    private static final CompletableFuture<Void> finished = new CompletableFuture<>();

    // For the script's summary line, written once each.
    private static volatile double launchMs;
    private static volatile double rangeMedianMs;
    private static volatile double rangeMaxMs;
    private static volatile double pulseMaxMs;

    private static volatile double launchCpuMs;
    private static volatile double detailsMs;

    private record Options(Path dataDir, Path feedFile, int feedRate, int feedSeconds, int rounds, boolean launchOnly) {
    }

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        long mainAt = System.nanoTime();
        options = parse(args);
        LibraryLogging.quiet();
        Components components = Components.of(RollupMetrics::new, Formats::all, Redactor.DEFAULT::redact,
                Redactor.DEFAULT::redact);
        // As the application does: the database opens while the toolkit starts, and the alerts start once the
        // window has the workspace.
        CompletableFuture<LocalWorkspace> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                long openStart = System.nanoTime();
                LocalWorkspace opened = WorkspaceAssembler.open(options.dataDir(), components);
                Instant newest = opened.dashboards().dataSpan().map(TimeRange::to).orElse(Instant.now());
                clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), newest.plus(Duration.ofMinutes(1))));
                newestStored = newest;
                line("open workspace", "%.0f ms (database, migrations check, metrics restore), beside the toolkit's start",
                        ms(System.nanoTime() - openStart));
                opened.handOverThenStartAlerts(() -> opening.complete(opened));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "bench-open");
        opener.setDaemon(true);
        opener.start();
        App.opening = opening;
        App.mainAt = mainAt;
        try {
            Application.launch(App.class);
        } finally {
            if (workspace != null) {
                // Counted after the measurements: the application's own start-up has no such count to take.
                long executions = workspace.dashboards().snapshot(MetricsFilter.all()).total().executions();
                line("store", "%,d executions in %s (newest %s)", executions, options.dataDir(), newestStored);
                workspace.close();
            }
        }
        finished.get();
        System.out.printf(Locale.ROOT, "RESULT launch_ms=%.0f launch_cpu_ms=%.0f details_ms=%.0f range_median_ms=%.0f range_max_ms=%.0f "
                        + "pulse_max_ms=%.1f%n", launchMs, launchCpuMs, detailsMs, rangeMedianMs, rangeMaxMs, pulseMaxMs);
        System.exit(0);
    }

    /** The window, and the measurements run from a thread of their own once it is filled. */
    public static final class App extends Application {
        static volatile long mainAt;
        static volatile CompletableFuture<LocalWorkspace> opening;
        private BreakerboardWindow window;
        private PulseMeter meter;
        // Held here: a binding nothing refers to is collected, and its listeners with it.
        private javafx.beans.binding.BooleanBinding ready;
        private javafx.beans.binding.BooleanBinding drawn;

        @Override
        public void start(Stage stage) {
            long startAt = System.nanoTime();
            // As the application does: the skeleton at once, the window once the workspace is open.
            FxScheduler startup = FxScheduler.platform();
            long[] skeletonAt = {0};
            WindowStartup.open(stage, new UiOptions(null, Theme.LIGHT, 1600, 1000), opening::join, startup,
                    opened -> {
                        startup.close();
                        workspace = (LocalWorkspace) opened;
                        build(stage, startAt, skeletonAt[0]);
                    }, failure -> {
                        startup.close();
                        finished.completeExceptionally(failure);
                        Platform.exit();
                    });
            stage.getScene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    skeletonAt[0] = System.nanoTime();
                    stage.getScene().removePostLayoutPulseListener(this);
                }
            });
        }

        private void build(Stage stage, long startAt, long skeletonAt) {
            long buildAt = System.nanoTime();
            window = new BreakerboardWindow(stage, workspace, new UiOptions(null, Theme.LIGHT, 1600, 1000), clock);
            meter = new PulseMeter(stage.getScene());
            long builtAt = System.nanoTime();
            window.show();
            long shownAt = System.nanoTime();
            long[] loadedAt = {0};
            whenTrue(window.dashboardViewModel().loadedProperty(), () -> loadedAt[0] = System.nanoTime());
            long[] drawnAt = {0};
            double[] drawnFromJvm = {0};
            drawn = window.view().dashboard().drawnProperty();
            whenTrue(drawn, () -> afterDrawn(() -> {
                drawnAt[0] = System.nanoTime();
                drawnFromJvm[0] = ManagementFactory.getRuntimeMXBean().getUptime();
                launchCpuMs = processCpuMs();
            }));
            ready = window.readyProperty();
            whenTrue(ready, () -> afterDrawn(() -> {
                long now = System.nanoTime();
                if (drawnAt[0] == 0) {
                    drawnAt[0] = now;
                    drawnFromJvm[0] = ManagementFactory.getRuntimeMXBean().getUptime();
                    launchCpuMs = processCpuMs();
                }
                detailsMs = ManagementFactory.getRuntimeMXBean().getUptime();
                // Both are drawn by now; the rollups' panels first, the queried ones (failures, quality) after.
                double fromMain = ms(drawnAt[0] - mainAt);
                double fromJvm = drawnFromJvm[0];
                launchMs = fromJvm;
                line("launch → panels drawn", "%.0f ms from main(), %.0f ms from JVM start  (target ≤ %.0f ms: %s)",
                        fromMain, fromJvm, LAUNCH_TARGET_MS, verdict(fromJvm <= LAUNCH_TARGET_MS));
                line("  process CPU until then", "%.0f ms (all threads; moves less with the machine's load than wall time)",
                        launchCpuMs);
                line("  steps from main()", "toolkit up %.0f ms, skeleton laid out %.0f, workspace in %.0f, window built %.0f, "
                                + "shown %.0f, first snapshot %.0f, charts drawn %.0f",
                        ms(startAt - mainAt), ms(skeletonAt - mainAt), ms(buildAt - mainAt), ms(builtAt - mainAt),
                        ms(shownAt - mainAt), ms(loadedAt[0] - mainAt), fromMain);
                line("  queried parts filled", "%.0f ms from main(), %.0f ms from JVM start: recent failures, quality "
                        + "figures and the month's projection, read beside the drawn panels", ms(now - mainAt), detailsMs);
                if (options.launchOnly()) {
                    finished.complete(null);
                    Platform.exit();
                    return;
                }
                Thread driver = new Thread(this::measure, "bench-driver");
                driver.setDaemon(true);
                driver.start();
            }));
        }

        private void measure() {
            try {
                Thread.sleep(1_000);
                rangeChanges();
                pulses();
                finished.complete(null);
            } catch (Throwable e) {
                finished.completeExceptionally(e);
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }

        private void rangeChanges() throws Exception {
            List<Double> all = new ArrayList<>();
            StringBuilder byRange = new StringBuilder();
            for (int round = 0; round < options.rounds(); round++) {
                for (RangeChoice choice : RANGES) {
                    double took = rangeChange(choice);
                    all.add(took);
                    if (round == options.rounds() - 1) {
                        byRange.append(String.format(Locale.ROOT, "%s %.0f ms, ", choice.shortLabel(), took));
                    }
                    Thread.sleep(300);
                }
            }
            double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double median = all.stream().mapToDouble(Double::doubleValue).sorted().skip(all.size() / 2).findFirst().orElse(0);
            rangeMedianMs = median;
            rangeMaxMs = max;
            line("range change → redrawn", "median %.0f ms, max %.0f ms over %d changes  (target ≤ %.0f ms: %s)",
                    median, max, all.size(), RANGE_TARGET_MS, verdict(max <= RANGE_TARGET_MS));
            line("  last round", "%s", byRange.substring(0, Math.max(0, byRange.length() - 2)));
        }

        // From the click to the end of the first pulse that lays out the charts with the new range's data.
        private double rangeChange(RangeChoice choice) throws Exception {
            CompletableFuture<Double> took = new CompletableFuture<>();
            onFx(() -> {
                long start = System.nanoTime();
                var data = window.dashboardViewModel().dataProperty();
                ChangeListener<DashboardData> listener = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends DashboardData> obs, DashboardData old,
                                        DashboardData now) {
                        if (now != null && now.spec().choice() == choice) {
                            data.removeListener(this);
                            afterDrawn(() -> took.complete(ms(System.nanoTime() - start)));
                        }
                    }
                };
                data.addListener(listener);
                window.dashboardViewModel().selectRange(choice);
            });
            return took.get(60, TimeUnit.SECONDS);
        }

        private void pulses() throws Exception {
            onFxWait(() -> window.dashboardViewModel().selectRange(RangeChoice.ALL));
            Thread.sleep(1_000);
            onFxWait(meter::start);
            Thread.sleep(5_000);
            PulseMeter.Figures idle = onFxGet(meter::stop);
            pulseLine("pulses, idle (peer)", idle);

            Path feed = options.feedFile();
            Files.deleteIfExists(feed);
            Files.createFile(feed);
            workspace.imports().watch(feed);
            long before = stored();
            onFxWait(meter::start);
            long written = new TailFeed(feed, clock, 42).run(options.feedRate(), options.feedSeconds());
            PulseMeter.Figures fed = onFxGet(meter::stop);
            long ingested = waitForIngest(before, written);
            workspace.imports().unwatch(feed);
            pulseLine(String.format(Locale.ROOT, "pulses, tail %,d/s", options.feedRate()), fed);
            line("  fed", "%,d executions written, %,d stored within the run + 10 s", written, ingested);
            line("  ratio fed / idle", "longest pulse %.1f×, p99 pulse %.1f×, longest gap %.1f×",
                    fed.maxPulseMs() / Math.max(0.01, idle.maxPulseMs()), fed.p99PulseMs() / Math.max(0.01, idle.p99PulseMs()),
                    fed.maxGapMs() / Math.max(0.01, idle.maxGapMs()));
            pulseMaxMs = fed.maxPulseMs();
            line("FX pulse under feed", "longest %.1f ms  (target ≤ %.0f ms: %s)", fed.maxPulseMs(), PULSE_TARGET_MS,
                    verdict(fed.maxPulseMs() <= PULSE_TARGET_MS));
        }

        private long waitForIngest(long before, long written) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            long now = stored() - before;
            while (now < written && System.nanoTime() < deadline) {
                Thread.sleep(200);
                now = stored() - before;
            }
            return now;
        }

        private static long stored() {
            return workspace.dashboards().snapshot(MetricsFilter.all()).total().executions();
        }

        private static void pulseLine(String label, PulseMeter.Figures f) {
            line(label, "%,d pulses; pulse p99 %.1f ms, longest %.1f ms, %d over %.0f ms; gap p99 %.1f ms, longest %.1f ms",
                    f.count(), f.p99PulseMs(), f.maxPulseMs(), f.pulsesOver(PULSE_TARGET_MS), PULSE_TARGET_MS,
                    f.p99GapMs(), f.maxGapMs());
            line("  of which CSS + layout", "p99 %.1f ms, longest %.1f ms (pre- to post-layout listener)",
                    f.p99LayoutMs(), f.maxLayoutMs());
        }

        // Once the charts hold what was submitted so far, the end of the next layout pulse.
        private void afterDrawn(Runnable then) {
            window.afterChartsUpdated(() -> nextPulse(then));
        }

        private void nextPulse(Runnable then) {
            var scene = window.stage().getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                then.run();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }

        private static void whenTrue(javafx.beans.value.ObservableBooleanValue ready, Runnable then) {
            if (ready.get()) {
                then.run();
                return;
            }
            ready.addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                    if (now) {
                        ready.removeListener(this);
                        then.run();
                    }
                }
            });
        }

        private void onFx(Runnable task) {
            window.executor().fx().post(task);
        }

        private void onFxWait(Runnable task) throws Exception {
            onFxGet(() -> {
                task.run();
                return null;
            });
        }

        private <T> T onFxGet(java.util.function.Supplier<T> task) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            onFx(() -> result.complete(task.get()));
            return result.get(60, TimeUnit.SECONDS);
        }
    }

    private static Options parse(String[] args) {
        Path dataDir = null;
        Path feedFile = null;
        int rate = 1_000;
        int seconds = 15;
        int rounds = 3;
        boolean launchOnly = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--feed-file" -> feedFile = Path.of(value);
                case "--feed-rate" -> rate = Integer.parseInt(value);
                case "--feed-seconds" -> seconds = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--launch-only" -> {
                    launchOnly = true;
                    continue;
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --data-dir DIR [--feed-rate N] [--feed-seconds N] [--rounds N] [--feed-file FILE] [--launch-only]");
            }
            i++;
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir DIR is required: a data directory filled with `import`");
        }
        if (feedFile == null) {
            feedFile = dataDir.toAbsolutePath().getParent().resolve("feed.jsonl");
        }
        return new Options(dataDir, feedFile, rate, seconds, rounds, launchOnly);
    }

    private static void line(String label, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%-28s %s%n", label, String.format(Locale.ROOT, format, values));
    }

    private static double processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
