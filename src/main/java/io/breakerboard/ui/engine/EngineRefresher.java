package io.breakerboard.ui.engine;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.reliability.ReliabilitySnapshot;
import io.breakerboard.model.Execution;
import java.util.List;
import io.breakerboard.service.EngineControl;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.Page;
import io.breakerboard.ui.Poller;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one poller of the engine: every {@link #PERIOD} (so at most ten times a second) it reads what a visible
 * panel needs, off the FX thread, and hands it over through the {@link FxScheduler}. The Engine and Reliability
 * tabs' pages ({@link #statsPage()}, {@link #reliabilityPage()}) say what is wanted; the counters are also wanted
 * whatever tab shows while a workload runs, as the status line shows them. While nothing is wanted it does not
 * poll at all.
 */
public final class EngineRefresher implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofMillis(100);
    /** Finished executions the Engine panel lists. */
    static final int RECENT = 50;
    private static final System.Logger LOG = System.getLogger(EngineRefresher.class.getName());

    private final EngineControl engine;
    private final FxScheduler fx;
    private final Object statsKey = new Object();
    private final Object reliabilityKey = new Object();
    private final Object recentKey = new Object();
    private volatile Consumer<EngineStats> statsOnFx = s -> { };
    private volatile Consumer<ReliabilitySnapshot> reliabilityOnFx = r -> { };
    private volatile Consumer<List<Execution>> recentOnFx = r -> { };
    private volatile Consumer<String> errorsOnFx = m -> { };
    private volatile boolean statsShown;
    private volatile boolean statsFollowed;
    private volatile boolean reliabilityShown;
    private final Poller poller;
    private String lastError;
    private List<Execution> lastRecent;

    public EngineRefresher(EngineControl engine, FxScheduler fx) {
        this(engine, fx, Poller.thread("breakerboard-engine-refresh"));
    }

    /** Polls on the given timer; tests pass one they drive by hand. */
    public EngineRefresher(EngineControl engine, FxScheduler fx, Poller.Timer timer) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.fx = fx;
        this.poller = new Poller(Poller.Policy.whileShown(PERIOD), timer, this::tick);
    }

    /** The Engine tab's page: the counters and recent executions while it shows. */
    public Page statsPage() {
        return Page.of(() -> showStats(true), () -> showStats(false), this::close);
    }

    /** The Reliability tab's page: the reliability snapshot while it shows. */
    public Page reliabilityPage() {
        return Page.of(() -> showReliability(true), () -> showReliability(false), this::close);
    }

    public void onStats(Consumer<EngineStats> sink) {
        this.statsOnFx = sink;
    }

    /** Receives the newest finished executions whenever they changed, while the counters are shown. */
    public void onRecent(Consumer<List<Execution>> sink) {
        this.recentOnFx = sink;
    }

    public void onReliability(Consumer<ReliabilitySnapshot> sink) {
        this.reliabilityOnFx = sink;
    }

    /** Receives a message on the FX thread when reading the engine fails. */
    public void onError(Consumer<String> sink) {
        this.errorsOnFx = sink;
    }

    /** Whether the engine counters and recent executions are wanted (the Engine tab is showing). */
    public synchronized void showStats(boolean shown) {
        statsShown = shown;
        if (shown) {
            lastRecent = null;
        }
        pollWhileWanted();
    }

    /** Whether the counters are wanted whatever tab shows: while a workload runs, for the status line. */
    public synchronized void followStats(boolean followed) {
        statsFollowed = followed;
        pollWhileWanted();
    }

    /** Whether the reliability snapshot is wanted (the Reliability tab is showing). */
    public synchronized void showReliability(boolean shown) {
        reliabilityShown = shown;
        pollWhileWanted();
    }

    private void pollWhileWanted() {
        if (statsShown || statsFollowed || reliabilityShown) {
            poller.shown();
        } else {
            poller.hidden();
        }
    }

    /** One poll; runs on the refresher's thread (tests call it directly). */
    public synchronized void tick() {
        try {
            if (statsShown || statsFollowed) {
                EngineStats stats = engine.stats();
                fx.coalesce(statsKey, () -> statsOnFx.accept(stats));
            }
            if (statsShown) {
                List<Execution> recent = engine.recent(RECENT);
                if (!recent.equals(lastRecent)) {
                    lastRecent = recent;
                    fx.coalesce(recentKey, () -> recentOnFx.accept(recent));
                }
            }
            if (reliabilityShown) {
                ReliabilitySnapshot snapshot = engine.reliability();
                fx.coalesce(reliabilityKey, () -> reliabilityOnFx.accept(snapshot));
            }
            lastError = null;
        } catch (RuntimeException e) {
            String message = "Could not read the engine: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (!message.equals(lastError)) {
                LOG.log(System.Logger.Level.WARNING, message, e);
                lastError = message;
                fx.post(() -> errorsOnFx.accept(message));
            }
        }
    }

    @Override
    public void close() {
        poller.closed();
    }
}
