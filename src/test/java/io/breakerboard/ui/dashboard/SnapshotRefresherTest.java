package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeAlerting;
import io.breakerboard.ui.testing.FakeChaosControl;
import io.breakerboard.ui.testing.FakeDashboards;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeQueries;
import io.breakerboard.ui.testing.TestTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotRefresherTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final FakeData data = new FakeData();
    private final FakeDashboards dashboards = new FakeDashboards(data, clock);
    private final FakeQueries queries = new FakeQueries(data);
    private final FakeAlerting alerting = new FakeAlerting();
    private final SnapshotRefresher refresher = new SnapshotRefresher(dashboards, queries, alerting,
            new FakeChaosControl(clock.instant()), clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL),
            TestTimers.idle(), TestTimers.inline());
    private final List<DashboardData> shown = new ArrayList<>();
    private final List<DashboardData> inBackground = new ArrayList<>();
    private final List<List<Alert>> alerts = new ArrayList<>();

    SnapshotRefresherTest() {
        data.add(new ExecutionGenerator(1).generate(50, clock.instant(), Duration.ofHours(2)));
        refresher.onData(shown::add);
        refresher.onDataInBackground(inBackground::add);
        refresher.onAlerts(alerts::add);
    }

    @Test
    void takesNoSnapshotWhileNothingChanges() {
        refresher.tick();
        int afterFirst = dashboards.snapshotCalls();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(100));
            refresher.tick();
        }

        assertThat(afterFirst).isEqualTo(1);
        assertThat(dashboards.snapshotCalls()).isEqualTo(1);
        assertThat(shown).as("the snapshot, then the same with its failures, quality and projection").hasSize(2);
        assertThat(shown.get(1).snapshot()).isSameAs(shown.get(0).snapshot());
    }

    private SnapshotRefresher refresherWith(TestTimers.Queued details) {
        return new SnapshotRefresher(dashboards, queries, alerting, new FakeChaosControl(clock.instant()), clock,
                FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL), TestTimers.idle(), details);
    }

    @Test
    void theSnapshotIsShownBeforeTheQueriesBesideItFinish() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = refresherWith(details);
        List<DashboardData> seen = new ArrayList<>();
        r.onData(seen::add);

        r.tick();

        assertThat(seen).hasSize(1);
        DashboardData first = seen.get(0);
        assertThat(first.snapshot().total().executions()).isEqualTo(50);
        assertThat(first.failuresRead()).isFalse();
        assertThat(first.quality()).isNull();
        assertThat(first.month()).isNull();
        assertThat(dashboards.qualityQueries()).isZero();

        details.runPending();

        DashboardData complete = seen.get(seen.size() - 1);
        assertThat(complete.snapshot()).isSameAs(first.snapshot());
        assertThat(complete.failuresRead()).isTrue();
        assertThat(complete.failures()).isNotEmpty();
        assertThat(complete.quality()).isNotNull();
        assertThat(complete.month()).isNotNull();
    }

    // On a store of a million executions the quality query took a core for seconds while the window drew its first
    // snapshot; the window holds the queries until that drawing is on screen.
    @Test
    void heldQueriesStartOnceTheFirstSnapshotIsDrawn() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = refresherWith(details);
        List<DashboardData> seen = new ArrayList<>();
        r.onData(seen::add);
        r.holdDetailsForFirstDraw();

        r.tick();
        clock.advance(SnapshotRefresher.PERIOD);
        r.tick();

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).snapshot().total().executions()).isEqualTo(50);
        assertThat(details.pending()).as("queries started before the first drawing").isZero();

        r.firstDrawn();
        r.tick();
        details.runPending();

        DashboardData complete = seen.get(seen.size() - 1);
        assertThat(complete.failuresRead()).isTrue();
        assertThat(complete.quality()).isNotNull();
        assertThat(complete.month()).isNotNull();
    }

    @Test
    void heldQueriesStartAnywayWhenTheFirstDrawingNeverSaysSo() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = refresherWith(details);
        r.holdDetailsForFirstDraw();
        r.tick();

        clock.advance(SnapshotRefresher.FIRST_DRAW_WAIT.minusMillis(1));
        r.tick();
        assertThat(details.pending()).isZero();

        clock.advance(Duration.ofMillis(1));
        r.tick();
        assertThat(details.pending()).isOne();
    }

    @Test
    void holdingAfterTheFirstSnapshotHoldsNothing() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = refresherWith(details);
        r.tick();
        details.runPending();

        r.holdDetailsForFirstDraw();
        r.refreshNow();
        r.tick();

        assertThat(details.pending()).isOne();
    }

    // A window that counts as filled once its data holds the version an import ended at (screenshots of a first run
    // were taken with the failures and quality read before the demo logs were imported).
    @Test
    void theDataSaysWhichVersionItsQueriedPartsWereReadAt() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = refresherWith(details);
        List<DashboardData> seen = new ArrayList<>();
        r.onData(seen::add);
        r.tick();
        details.runPending();
        DashboardData first = seen.get(seen.size() - 1);
        long before = first.snapshot().version();
        assertThat(first.detailsVersion()).isEqualTo(before);
        assertThat(first.holds(before)).isTrue();

        data.add(new ExecutionGenerator(2).generate(5, clock.instant(), Duration.ofMinutes(1)));
        long imported = dashboards.dataVersion();
        clock.advance(SnapshotRefresher.DATA_EVERY);
        r.tick();
        details.runPending();

        DashboardData newer = seen.get(seen.size() - 1);
        assertThat(newer.snapshot().version()).isEqualTo(imported);
        assertThat(newer.detailsVersion()).as("the quality read a moment ago waits for its throttle").isEqualTo(before);
        assertThat(newer.holds(imported)).isFalse();

        r.refreshNow();
        r.tick();
        details.runPending();

        assertThat(seen.get(seen.size() - 1).holds(imported)).isTrue();
    }

    @Test
    void anotherFilterIsShownAtOnceWhileTheQueriesOfTheLastAreStillRunning() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = refresherWith(details);
        List<DashboardData> seen = new ArrayList<>();
        r.onData(seen::add);
        r.tick();
        assertThat(details.pending()).isOne();

        FilterSpec coder = FilterSpec.of(RangeChoice.ALL).withAgents(Set.of("coder"));
        r.setSpec(coder);
        r.tick();

        DashboardData shownNow = seen.get(seen.size() - 1);
        assertThat(shownNow.spec()).isEqualTo(coder);
        assertThat(shownNow.snapshot().agents()).extracting(a -> a.agent()).containsOnly("coder");
        assertThat(shownNow.failuresRead()).as("the failures read for all agents are not shown as coder's").isFalse();

        details.runPending();
        r.tick();
        details.runPending();

        DashboardData last = seen.get(seen.size() - 1);
        assertThat(last.spec()).isEqualTo(coder);
        assertThat(last.failuresRead()).isTrue();
        assertThat(last.failures()).allSatisfy(e -> assertThat(e.agent()).isEqualTo("coder"));
        assertThat(queries.failureQueries()).as("all agents', then coder's").isEqualTo(2);
        assertThat(last.quality()).isNotNull();
    }

    @Test
    void newDataMakesANewSnapshot() {
        refresher.tick();
        data.add(new ExecutionGenerator(2).generate(5, clock.instant(), Duration.ofMinutes(1)));
        clock.advance(SnapshotRefresher.DATA_EVERY);
        refresher.tick();

        DashboardData last = shown.get(shown.size() - 1);
        assertThat(last.snapshot().total().executions()).isEqualTo(55);
        assertThat(last.failuresRead()).as("the failures read a moment ago stay until the throttle allows a new read")
                .isTrue();
        assertThat(inBackground).hasSameSizeAs(shown);
    }

    @Test
    void aNewFilterMakesANewSnapshotUnderThatFilter() {
        refresher.tick();
        refresher.setSpec(FilterSpec.of(RangeChoice.ALL).withAgents(Set.of("coder")));
        refresher.tick();

        DashboardData last = shown.get(shown.size() - 1);
        assertThat(last.filter().agents()).containsExactly("coder");
        assertThat(last.snapshot().agents()).extracting(a -> a.agent()).containsOnly("coder");
    }

    @Test
    void refreshNowTakesASnapshotEvenWithoutChange() {
        refresher.tick();
        refresher.refreshNow();
        refresher.tick();

        assertThat(dashboards.snapshotCalls()).isEqualTo(2);
    }

    @Test
    void readsQualityAtMostOnceInTenSecondsWhileDataStreamsInAndAtOnceForANewFilter() {
        refresher.tick();
        assertThat(dashboards.qualityQueries()).isEqualTo(1);
        assertThat(shown.get(shown.size() - 1).quality()).isNotNull();
        ExecutionGenerator live = new ExecutionGenerator(3);
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(250));
            data.add(live.generate(1, clock.instant(), Duration.ofMillis(50)));
            refresher.tick();
        }
        assertThat(dashboards.qualityQueries()).as("12.5 s of new data: one more read").isEqualTo(2);

        refresher.setSpec(FilterSpec.of(RangeChoice.ALL).withAgents(Set.of("coder")));
        refresher.tick();
        assertThat(dashboards.qualityQueries()).isEqualTo(3);
    }

    @Test
    void queriesRecentFailuresAtMostOnceASecondWhileDataStreamsIn() {
        refresher.tick();
        int before = queries.failureQueries();
        ExecutionGenerator live = new ExecutionGenerator(3);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMillis(100));
            data.add(live.generate(1, clock.instant(), Duration.ofMillis(50)));
            refresher.tick();
        }

        assertThat(dashboards.snapshotCalls()).as("the first, then at most four a second").isEqualTo(5);
        assertThat(queries.failureQueries() - before).isEqualTo(1);
    }

    @Test
    void failuresSkippedByTheThrottleAreReadOnceItAllows() {
        refresher.tick();
        clock.advance(Duration.ofMillis(100));
        data.add(new ExecutionGenerator(4).generate(1, clock.instant(), Duration.ofMillis(50)));
        refresher.tick();
        int before = queries.failureQueries();

        clock.advance(Duration.ofSeconds(1));
        refresher.tick();

        assertThat(queries.failureQueries()).isEqualTo(before + 1);
    }

    @Test
    void passesAlertsOnOnlyWhenTheyChange() {
        refresher.tick();
        refresher.tick();
        alerting.setAlerts(List.of(new Alert("x", "error-rate", io.breakerboard.model.Severity.WARNING,
                io.breakerboard.model.AlertState.FIRING, "coder", 12, 10, "%", "too many errors", clock.instant(),
                clock.instant(), null, false, List.of())));
        refresher.tick();

        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(1)).extracting(Alert::id).containsExactly("x");
    }

    @Test
    void aFailedReadOfTheQueriesIsTriedAgainInsteadOfReadingForGood() {
        List<String> errors = new ArrayList<>();
        refresher.onError(errors::add);
        dashboards.failNextQualityWith(new IllegalStateException("Timeout trying to lock table"));

        refresher.tick();
        assertThat(errors).containsExactly("Could not refresh the dashboard: Timeout trying to lock table");
        assertThat(shown.get(shown.size() - 1).quality()).isNull();

        clock.advance(SnapshotRefresher.PERIOD);
        refresher.tick();

        DashboardData last = shown.get(shown.size() - 1);
        assertThat(last.quality()).as("read again at the next poll").isNotNull();
        assertThat(last.failuresRead()).isTrue();
        assertThat(last.month()).isNotNull();
    }

    @Test
    void aReadThatFailsAfterTheWindowClosedIsNotReported() {
        List<String> errors = new ArrayList<>();
        FakeData empty = new FakeData();
        FakeDashboards closing = new FakeDashboards(empty, clock);
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = new SnapshotRefresher(closing, new FakeQueries(empty), new FakeAlerting(),
                new FakeChaosControl(clock.instant()), clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL),
                TestTimers.idle(), details);
        r.onError(errors::add);
        r.tick();

        // The window closes while the quality figures are read; the store closes after it.
        r.close();
        closing.failSnapshotsWith(new IllegalStateException("The database is open in exclusive mode"));
        details.runPending();

        assertThat(errors).isEmpty();
    }

    @Test
    void aFailingWorkspaceIsReportedOnceAndTheRefresherKeepsGoing() {
        List<String> errors = new ArrayList<>();
        FakeData empty = new FakeData();
        FakeDashboards broken = new FakeDashboards(empty, clock);
        broken.failSnapshotsWith(new IllegalStateException("database is closed"));
        SnapshotRefresher r = new SnapshotRefresher(broken, new FakeQueries(empty), new FakeAlerting(),
                new FakeChaosControl(clock.instant()), clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL),
            TestTimers.idle(), TestTimers.inline());
        r.onError(errors::add);
        r.tick();
        r.refreshNow();
        r.tick();

        assertThat(errors).containsExactly("Could not refresh the dashboard: database is closed");
    }
}
