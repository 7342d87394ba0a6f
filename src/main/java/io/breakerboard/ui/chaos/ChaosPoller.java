package io.breakerboard.ui.chaos;

import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.UiThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads the faults twice a second while the chaos panel shows, so the time left counts down and faults that
 * rolled back by themselves leave the list. Runs on its own thread; the FX thread only gets the result.
 */
public final class ChaosPoller implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofMillis(500);
    private static final System.Logger LOG = System.getLogger(ChaosPoller.class.getName());

    private final ChaosViewModel vm;
    private final FxScheduler fx;
    private ScheduledExecutorService timer;

    public ChaosPoller(ChaosViewModel vm, FxScheduler fx) {
        this.vm = vm;
        this.fx = fx;
    }

    /** Starts polling; does nothing when it polls already. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(UiThreads.daemon("breakerboard-chaos"));
        timer.scheduleWithFixedDelay(this::tick, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling until started again. */
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** One poll; tests call it directly. */
    public void tick() {
        try {
            ChaosViewModel.State s = vm.read();
            fx.coalesce(this, () -> vm.apply(s));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the active faults: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
