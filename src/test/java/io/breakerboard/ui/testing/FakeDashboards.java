package io.breakerboard.ui.testing;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityAccumulator;
import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.model.MonthProjection;
import io.breakerboard.service.Dashboards;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/** Exact aggregates computed from the executions of a {@link FakeData}, counting how often they are asked for. */
public final class FakeDashboards implements Dashboards {
    private final FakeData data;
    private final Clock clock;
    private final AtomicInteger snapshots = new AtomicInteger();
    private final AtomicInteger qualityQueries = new AtomicInteger();
    private volatile RuntimeException snapshotFailure;
    private volatile RuntimeException qualityFailure;

    public FakeDashboards(FakeData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** Makes every following snapshot fail with this, as a closed store would. */
    public void failSnapshotsWith(RuntimeException failure) {
        snapshotFailure = failure;
    }

    /** Makes the next quality read fail with this, as a store briefly busy or locked would. */
    public void failNextQualityWith(RuntimeException failure) {
        qualityFailure = failure;
    }

    public int snapshotCalls() {
        return snapshots.get();
    }

    public int qualityQueries() {
        return qualityQueries.get();
    }

    @Override
    public DashboardSnapshot snapshot(MetricsFilter filter) {
        snapshots.incrementAndGet();
        if (snapshotFailure != null) {
            throw snapshotFailure;
        }
        return SnapshotMath.compute(data.in(filter).toList(), filter, data.version(), clock.instant());
    }

    /** The interface's projection; its snapshot of the month is not one of the {@link #snapshotCalls()}. */
    @Override
    public MonthProjection monthProjection(MetricsFilter filter, Instant now, ZoneId zone) {
        MonthProjection month = Dashboards.super.monthProjection(filter, now, zone);
        snapshots.decrementAndGet();
        return month;
    }

    @Override
    public long dataVersion() {
        return data.version();
    }

    @Override
    public SortedSet<String> agents() {
        TreeSet<String> names = new TreeSet<>();
        data.all().forEach(e -> names.add(e.agent()));
        return names;
    }

    @Override
    public Optional<TimeRange> dataSpan() {
        List<Execution> all = data.all();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Instant from = all.stream().map(Execution::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = all.stream().map(Execution::endedAt).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new TimeRange(from, to));
    }

    @Override
    public QualityReport quality(MetricsFilter filter) {
        qualityQueries.incrementAndGet();
        RuntimeException failure = qualityFailure;
        if (failure != null) {
            qualityFailure = null;
            throw failure;
        }
        QualityAccumulator quality = new QualityAccumulator();
        data.in(filter).forEach(e -> quality.add(QualityFacts.of(e, e.steps())));
        return quality.report();
    }
}
