package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import io.breakerboard.model.MonthProjection;
import io.breakerboard.service.Alerting;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.service.Dashboards;
import io.breakerboard.service.Queries;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.Page;
import io.breakerboard.ui.Poller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Pulls the dashboard's data off the FX thread: every {@link #PERIOD} it asks the workspace for its data
 * version and takes a new snapshot when the filter changed, or when the data changed and {@link #DATA_EVERY}
 * has passed since the last one (so at most four a second under a live feed, and none while nothing happens). Recent failures are a query, so they are read at most once per
 * {@link #FAILURES_EVERY} unless the person changed the filter; the quality figures at most once per
 * {@link #QUALITY_EVERY}. It polls only while the dashboard shows ({@link #page()}): nothing it reads is seen
 * outside the dashboard tab, the alert counts included.
 */
public final class SnapshotRefresher implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofMillis(100);
    static final Duration FAILURES_EVERY = Duration.ofSeconds(1);
    /** New data alone redraws the panels at most this often; a changed filter or fault redraws at once. */
    static final Duration DATA_EVERY = Duration.ofMillis(250);
    static final int FAILURE_LIMIT = 200;
    /** Quality figures scan the range's executions, so changed data re-reads them at most this often. */
    static final Duration QUALITY_EVERY = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(SnapshotRefresher.class.getName());

    private final Dashboards dashboards;
    private final Queries queries;
    private final Alerting alerting;
    private final ChaosControl chaos;
    private final Clock clock;
    private final FxScheduler fx;
    private final List<Consumer<DashboardData>> backgroundListeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<DashboardData> dataOnFx = data -> { };
    private volatile Consumer<List<Alert>> alertsOnFx = alerts -> { };
    private volatile Consumer<String> errorsOnFx = message -> { };
    private volatile FilterSpec spec;
    private volatile boolean forced = true;
    private final Poller poller;

    // Touched only inside tick(), which is synchronized.
    private long lastVersion = Long.MIN_VALUE;
    private MetricsFilter lastFilter;
    private FilterSpec lastSpec;
    private DashboardSnapshot lastSnapshot;
    private MonthProjection lastMonth;
    private List<Execution> lastFailures = List.of();
    private Instant lastFailuresAt = Instant.MIN;
    private Instant lastDataAt = Instant.MIN;
    private boolean failuresStale;
    private QualityReport lastQuality;
    private Instant lastQualityAt = Instant.MIN;
    private boolean qualityStale;
    private List<Alert> lastAlerts;
    private List<FaultWindow> lastFaults = List.of();
    private String lastError;

    /**
     * @param queries  the recent failures
     * @param alerting the alert counts
     * @param chaos    the faults drawn over the charts
     */
    public SnapshotRefresher(Dashboards dashboards, Queries queries, Alerting alerting, ChaosControl chaos, Clock clock,
                             FxScheduler fx, FilterSpec initial) {
        this(dashboards, queries, alerting, chaos, clock, fx, initial, Poller.thread("breakerboard-refresh"));
    }

    /** Polls on the given timer; tests pass one they drive by hand. */
    public SnapshotRefresher(Dashboards dashboards, Queries queries, Alerting alerting, ChaosControl chaos, Clock clock,
                             FxScheduler fx, FilterSpec initial, Poller.Timer timer) {
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.alerting = Objects.requireNonNull(alerting, "alerting");
        this.chaos = Objects.requireNonNull(chaos, "chaos");
        this.clock = clock;
        this.fx = fx;
        this.spec = initial;
        this.poller = new Poller(Poller.Policy.whileShown(PERIOD), timer, this::tick);
    }

    /** The dashboard tab's page: polls while it shows, at once when shown again, never after it closed. */
    public Page page() {
        return poller;
    }

    /** Receives each new data on the FX thread; bursts collapse to the newest. */
    public void onData(Consumer<DashboardData> sink) {
        this.dataOnFx = sink;
    }

    /** Receives each new data on the refresher's thread, e.g. to fill chart data sets off the FX thread. */
    public void onDataInBackground(Consumer<DashboardData> listener) {
        backgroundListeners.add(listener);
    }

    /** Receives the alert list on the FX thread whenever it changed. */
    public void onAlerts(Consumer<List<Alert>> sink) {
        this.alertsOnFx = sink;
    }

    /** Receives a message on the FX thread when a refresh fails. */
    public void onError(Consumer<String> sink) {
        this.errorsOnFx = sink;
    }

    public FilterSpec spec() {
        return spec;
    }

    /** Takes effect at once: a person who picked another range should not wait for the next period. */
    public void setSpec(FilterSpec newSpec) {
        this.spec = Objects.requireNonNull(newSpec, "spec");
        poller.pollNow();
    }

    /** The next tick refreshes everything even if nothing changed (F5). */
    public void refreshNow() {
        forced = true;
    }

    /** One poll; runs on the refresher's thread (tests call it directly). */
    public synchronized void tick() {
        try {
            poll();
            lastError = null;
        } catch (RuntimeException e) {
            String message = "Could not refresh the dashboard: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (!message.equals(lastError)) {
                LOG.log(System.Logger.Level.WARNING, message, e);
                lastError = message;
                fx.post(() -> errorsOnFx.accept(message));
            }
        }
    }

    private void poll() {
        List<Alert> alerts = alerting.alerts();
        if (!alerts.equals(lastAlerts)) {
            lastAlerts = alerts;
            fx.coalesce(alertsOnFx, () -> alertsOnFx.accept(alerts));
        }

        FilterSpec currentSpec = spec;
        boolean force = forced;
        forced = false;
        Instant now = clock.instant();
        MetricsFilter filter = currentSpec.resolve(now, dashboards.dataSpan());
        long version = dashboards.dataVersion();
        List<FaultWindow> faults = FaultWindow.of(chaos.faultEvents(), filter.range(), now);
        // Under a live feed the version moves many times a second; four redraws a second keep the panels live
        // without spending the FX thread and the renderer on frames nobody can tell apart.
        boolean newData = version != lastVersion && !now.isBefore(lastDataAt.plus(DATA_EVERY));
        boolean changed = force || !filter.equals(lastFilter) || newData || !faults.equals(lastFaults);
        if (changed) {
            failuresStale = true;
            qualityStale = true;
        }
        // A filter the person changed shows its failures at once; a window sliding with time or growing with
        // the data waits for the throttle like new data does.
        boolean specChanged = !currentSpec.equals(lastSpec);
        boolean failuresDue = failuresStale
                && (force || specChanged || !now.isBefore(lastFailuresAt.plus(FAILURES_EVERY)));
        boolean qualityDue = qualityStale
                && (force || specChanged || lastQuality == null || !now.isBefore(lastQualityAt.plus(QUALITY_EVERY)));
        if (!changed && !failuresDue && !qualityDue) {
            return;
        }
        DashboardSnapshot snapshot = changed ? dashboards.snapshot(filter) : lastSnapshot;
        if (changed) {
            lastDataAt = now;
            lastVersion = version;
        }
        if (failuresDue) {
            lastFailures = queries.executions(filter, true, FAILURE_LIMIT);
            lastFailuresAt = now;
            failuresStale = false;
        }
        if (qualityDue) {
            lastQuality = dashboards.quality(filter);
            lastQualityAt = now;
            qualityStale = false;
        }
        lastSnapshot = snapshot;
        lastSpec = currentSpec;
        lastFilter = filter;
        lastFaults = faults;

        if (changed || lastMonth == null) {
            lastMonth = dashboards.monthProjection(filter, now, clock.getZone());
        }
        DashboardData data = new DashboardData(currentSpec, filter, snapshot, lastFailures, dashboards.agents(), faults,
                dashboards.patterns(), lastMonth, lastQuality);
        for (Consumer<DashboardData> listener : backgroundListeners) {
            listener.accept(data);
        }
        fx.coalesce(this, () -> dataOnFx.accept(data));
    }

    @Override
    public void close() {
        poller.closed();
    }
}
