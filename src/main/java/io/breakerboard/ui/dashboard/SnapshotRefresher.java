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
 * has passed since the last one (so at most four a second under a live feed, and none while nothing happens).
 * A snapshot comes from the in-memory rollups and is published at once.
 *
 * <p>What needs a query (recent failures, read at most once per {@link #FAILURES_EVERY} unless the person changed
 * the filter; the quality figures, at most once per {@link #QUALITY_EVERY}; this month's projection) is read by a
 * second timer, the details reader, and published with the newest snapshot when it arrives (so under a live feed
 * about one more publication a second). A quality scan of a
 * large range takes seconds: on the poller's own thread it held back the first panels of a launch and every
 * range change behind it. Until the details of a filter are read, the data says so ({@code null} failures,
 * quality or projection) and the panels say they are reading. It polls only while the dashboard shows
 * ({@link #page()}): nothing it reads is seen outside the dashboard tab, the alert counts included.
 */
public final class SnapshotRefresher implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofMillis(100);
    static final Duration FAILURES_EVERY = Duration.ofSeconds(1);
    /** New data alone redraws the panels at most this often; a changed filter or fault redraws at once. */
    static final Duration DATA_EVERY = Duration.ofMillis(250);
    static final int FAILURE_LIMIT = 200;
    /** Quality figures scan the range's executions, so changed data re-reads them at most this often. */
    static final Duration QUALITY_EVERY = Duration.ofSeconds(10);
    /** How long details held for the first drawing wait at most after the first snapshot, drawn or not. */
    static final Duration FIRST_DRAW_WAIT = Duration.ofSeconds(3);
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
    private final Poller.Timer detailsReader;
    private final Page page;
    private volatile boolean closed;

    // Guarded by this: tick() and the details reader's completion are synchronized.
    private long lastVersion = Long.MIN_VALUE;
    private MetricsFilter lastFilter;
    private FilterSpec lastSpec;
    private DashboardSnapshot lastSnapshot;
    private Instant lastDataAt = Instant.MIN;
    private List<Alert> lastAlerts;
    private List<FaultWindow> lastFaults = List.of();
    private String lastError;
    /** The details read last, each for the spec it was read under. */
    private Detail<List<Execution>> failures = Detail.none();
    private Detail<QualityReport> quality = Detail.none();
    private Detail<MonthProjection> month = Detail.none();
    private boolean failuresStale;
    private boolean qualityStale;
    private boolean monthStale;
    /** A refresh the person asked for: the next details read ignores the throttles. */
    private boolean detailsForced;
    private boolean readingDetails;
    // Set while the details wait for the first snapshot's drawing (cleared from the FX thread, without the lock a
    // poll holds for as long as a snapshot takes); the instant that snapshot was published, guarded by this.
    private volatile boolean heldForFirstDraw;
    private Instant firstPublishedAt;

    /**
     * @param queries  the recent failures
     * @param alerting the alert counts
     * @param chaos    the faults drawn over the charts
     * @param poll     the timer the polls run on (the poller's own thread in the window, a hand-driven one in tests)
     * @param details  the timer the failures, quality and projection queries run on, beside the polls
     */
    public SnapshotRefresher(Dashboards dashboards, Queries queries, Alerting alerting, ChaosControl chaos, Clock clock,
                             FxScheduler fx, FilterSpec initial, Poller.Timer poll, Poller.Timer details) {
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.alerting = Objects.requireNonNull(alerting, "alerting");
        this.chaos = Objects.requireNonNull(chaos, "chaos");
        this.clock = clock;
        this.fx = fx;
        this.spec = initial;
        this.detailsReader = Objects.requireNonNull(details, "details");
        this.poller = new Poller(Poller.Policy.whileShown(PERIOD), poll, this::tick);
        this.page = Page.of(poller::shown, poller::hidden, this::close);
    }

    /** The dashboard tab's page: polls while it shows, at once when shown again, never after it closed. */
    public Page page() {
        return page;
    }

    /** Receives each new data on the FX thread; bursts collapse to the newest. */
    public void onData(Consumer<DashboardData> sink) {
        this.dataOnFx = sink;
    }

    /**
     * Receives each new data off the FX thread (the refresher's or the details reader's, one at a time), e.g. to fill
     * chart data sets.
     */
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

    /**
     * The details (failures, quality, the month's projection) are read only once {@link #firstDrawn()} says the
     * first snapshot is on screen, or {@link #FIRST_DRAW_WAIT} after it was published. On a large store their
     * queries take seconds of a core; run at once they slowed the panels' first drawing, which has no data to
     * wait for, by about a fifth.
     */
    public synchronized void holdDetailsForFirstDraw() {
        heldForFirstDraw = lastSpec == null;
    }

    /** The first snapshot is drawn: the held details are read at the next poll, a period later at most. */
    public void firstDrawn() {
        heldForFirstDraw = false;
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
            report(e);
        }
    }

    private void report(RuntimeException e) {
        if (closed) {
            // A read still under way when the window closed meets the store closing after it: nothing to tell.
            return;
        }
        String message = "Could not refresh the dashboard: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (!message.equals(lastError)) {
            LOG.log(System.Logger.Level.WARNING, message, e);
            lastError = message;
            fx.post(() -> errorsOnFx.accept(message));
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
            DashboardSnapshot snapshot = dashboards.snapshot(filter);
            failuresStale = true;
            qualityStale = true;
            monthStale = true;
            detailsForced |= force;
            lastDataAt = now;
            lastVersion = version;
            lastSnapshot = snapshot;
            lastSpec = currentSpec;
            lastFilter = filter;
            lastFaults = faults;
            publish();
        }
        readDetailsIfDue(now);
    }

    /**
     * Starts a read of the details that are stale and due, unless one is running (its end polls again). A filter
     * the person changed, or a forced refresh, reads at once; a window sliding with time or growing with the data
     * waits for the throttles.
     */
    private void readDetailsIfDue(Instant now) {
        if (readingDetails || lastSpec == null) {
            return;
        }
        if (heldForFirstDraw) {
            if (firstPublishedAt == null) {
                firstPublishedAt = now;
            }
            if (now.isBefore(firstPublishedAt.plus(FIRST_DRAW_WAIT))) {
                return;
            }
            heldForFirstDraw = false;
        }
        FilterSpec forSpec = lastSpec;
        boolean urgent = detailsForced;
        boolean failuresDue = failuresStale
                && (urgent || !failures.isFor(forSpec) || !now.isBefore(failures.at().plus(FAILURES_EVERY)));
        boolean qualityDue = qualityStale
                && (urgent || !quality.isFor(forSpec) || !now.isBefore(quality.at().plus(QUALITY_EVERY)));
        boolean monthDue = monthStale && (urgent || !month.isFor(monthKey(forSpec))
                || !now.isBefore(month.at().plus(FAILURES_EVERY)));
        if (!failuresDue && !qualityDue && !monthDue) {
            return;
        }
        failuresStale &= !failuresDue;
        qualityStale &= !qualityDue;
        monthStale &= !monthDue;
        detailsForced = false;
        readingDetails = true;
        MetricsFilter filter = lastFilter;
        long version = lastVersion;
        detailsReader.execute(() -> readDetails(forSpec, filter, version, now, failuresDue, qualityDue, monthDue));
    }

    /** Runs on the details reader. */
    private void readDetails(FilterSpec forSpec, MetricsFilter filter, long version, Instant now, boolean failuresDue,
                             boolean qualityDue, boolean monthDue) {
        try {
            List<Execution> readFailures = failuresDue ? queries.executions(filter, true, FAILURE_LIMIT) : null;
            QualityReport readQuality = qualityDue ? dashboards.quality(filter) : null;
            MonthProjection readMonth = monthDue ? dashboards.monthProjection(filter, now, clock.getZone()) : null;
            synchronized (this) {
                if (failuresDue) {
                    failures = new Detail<>(forSpec, now, readFailures, version);
                }
                if (qualityDue) {
                    quality = new Detail<>(forSpec, now, readQuality, version);
                }
                if (monthDue) {
                    month = new Detail<>(monthKey(forSpec), now, readMonth, version);
                }
                readingDetails = false;
                if (forSpec.equals(lastSpec)) {
                    publish();
                }
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                readingDetails = false;
                // What was not read is read again at the next due poll; left read, the panels said "Reading…" for good.
                failuresStale |= failuresDue;
                qualityStale |= qualityDue;
                monthStale |= monthDue;
                report(e);
            }
        }
        // Whatever went stale meanwhile (another filter, new data) is read by the next poll, a period later.
    }

    /** Publishes the newest snapshot with the details read for its spec. */
    private void publish() {
        long detailsVersion = Math.min(failures.versionFor(lastSpec),
                Math.min(quality.versionFor(lastSpec), month.versionFor(monthKey(lastSpec))));
        DashboardData data = new DashboardData(lastSpec, lastFilter, lastSnapshot, failures.valueFor(lastSpec),
                dashboards.agents(), lastFaults, dashboards.patterns(), month.valueFor(monthKey(lastSpec)), quality.valueFor(lastSpec),
                detailsVersion);
        for (Consumer<DashboardData> listener : backgroundListeners) {
            listener.accept(data);
        }
        fx.coalesce(this, () -> dataOnFx.accept(data));
    }

    /**
     * The key a detail read under this spec belongs to. The month's projection replaces the range by the month,
     * so it holds for every range of the same agents and patterns, and a range change does not blank it.
     */
    private static Object monthKey(FilterSpec s) {
        return s == null ? null : List.of(s.agents(), s.patterns());
    }

    /**
     * A detail as read under a key (a spec, or what of it the detail depends on), at an instant.
     *
     * @param version the data version of the snapshot it was read beside: it holds at least that data
     */
    private record Detail<T>(Object key, Instant at, T value, long version) {
        static <T> Detail<T> none() {
            return new Detail<>(null, Instant.MIN, null, -1);
        }

        /** The data version it was read at when it was read under {@code k}; -1 (not read) otherwise. */
        long versionFor(Object k) {
            return isFor(k) ? version : -1;
        }

        boolean isFor(Object k) {
            return k != null && k.equals(key);
        }

        /** The value when it was read under {@code k}; null (not read yet) otherwise. */
        T valueFor(Object k) {
            return isFor(k) ? value : null;
        }
    }

    @Override
    public void close() {
        closed = true;
        poller.closed();
        detailsReader.close();
    }
}
