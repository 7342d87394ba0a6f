package io.breakerboard.ui.chaos;

import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.Page;
import io.breakerboard.ui.Poller;
import java.time.Duration;

/**
 * Reads the faults twice a second while the chaos panel shows, so the time left counts down and faults that
 * rolled back by themselves leave the list. Polls off the FX thread; the FX thread only gets the result.
 */
public final class ChaosPoller implements Page, AutoCloseable {
    public static final Duration PERIOD = Duration.ofMillis(500);
    private static final System.Logger LOG = System.getLogger(ChaosPoller.class.getName());

    private final ChaosViewModel vm;
    private final FxScheduler fx;
    private final Poller poller;

    public ChaosPoller(ChaosViewModel vm, FxScheduler fx) {
        this(vm, fx, Poller.thread("breakerboard-chaos"));
    }

    /** Polls on the given timer; tests pass one they drive by hand. */
    public ChaosPoller(ChaosViewModel vm, FxScheduler fx, Poller.Timer timer) {
        this.vm = vm;
        this.fx = fx;
        this.poller = new Poller(Poller.Policy.whileShown(PERIOD), timer, this::tick);
    }

    /** Polls at once and then every {@link #PERIOD}; does nothing when it polls already. */
    @Override
    public void shown() {
        poller.shown();
    }

    /** Stops polling until shown again. */
    @Override
    public void hidden() {
        poller.hidden();
    }

    @Override
    public void closed() {
        poller.closed();
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
        poller.closed();
    }
}
