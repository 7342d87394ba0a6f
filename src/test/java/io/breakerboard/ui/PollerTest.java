package io.breakerboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.testing.ManualTimers;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {
    private static final Duration STEP = Duration.ofMillis(10);
    private final ManualTimers timers = new ManualTimers();
    private final AtomicInteger polls = new AtomicInteger();

    private Poller poller(Poller.Policy policy) {
        return new Poller(policy, timers.create("test"), polls::incrementAndGet);
    }

    @Test
    void closingAThreadTimerLetsAPollUnderWayFinishUninterrupted() throws Exception {
        Poller.Timer timer = Poller.thread("poller-test");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Boolean> interrupted = new java.util.concurrent.CompletableFuture<>();
        AtomicInteger after = new AtomicInteger();
        timer.execute(() -> {
            started.countDown();
            try {
                release.await();
                interrupted.complete(Thread.currentThread().isInterrupted());
            } catch (InterruptedException e) {
                // An interrupt inside a database read closes the database's file under every other reader.
                interrupted.complete(true);
            }
        });
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        timer.close();
        timer.execute(after::incrementAndGet);
        release.countDown();

        assertThat(interrupted.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("the running poll was interrupted").isFalse();
        assertThat(after).as("nothing runs after closing").hasValue(0);
    }

    @Test
    void pollsAtOnceWhenShownAndThenEveryInterval() {
        Poller poller = poller(Poller.Policy.whileShown(Duration.ofMillis(100)));
        timers.advance(Duration.ofSeconds(1), STEP);
        assertThat(polls).hasValue(0);

        poller.shown();
        timers.runDue();
        assertThat(polls).hasValue(1);
        timers.advance(Duration.ofSeconds(1), STEP);
        assertThat(polls).hasValue(11);
    }

    @Test
    void stopsWhileHiddenAndCatchesUpOnceWhenShownAgain() {
        Poller poller = poller(Poller.Policy.whileShown(Duration.ofMillis(100)));
        poller.shown();
        timers.advance(Duration.ofMillis(500), STEP);
        int beforeHiding = polls.get();

        poller.hidden();
        timers.advance(Duration.ofSeconds(5), STEP);
        assertThat(polls).hasValue(beforeHiding);

        poller.shown();
        timers.runDue();
        assertThat(polls).hasValue(beforeHiding + 1);
    }

    @Test
    void theCatchUpPollRunsEvenWhenHiddenBeforeItRan() {
        Poller poller = poller(Poller.Policy.whileShown(Duration.ofMillis(100)));
        poller.shown();
        poller.hidden();
        timers.advance(Duration.ofSeconds(1), STEP);
        assertThat(polls).hasValue(1);
    }

    @Test
    void pollsAtTheSlowerRateWhileHiddenWhenThePolicySaysSo() {
        Poller poller = poller(Poller.Policy.whileShown(Duration.ofMillis(100)).whenHidden(Duration.ofSeconds(1)));
        timers.advance(Duration.ofSeconds(3), STEP);
        assertThat(polls).hasValue(3);

        poller.shown();
        poller.hidden();
        timers.advance(Duration.ofSeconds(2), STEP);
        assertThat(polls).hasValue(3 + 1 + 2);
    }

    @Test
    void neverPollsOnceClosed() {
        Poller poller = poller(Poller.Policy.whileShown(Duration.ofMillis(100)).whenHidden(Duration.ofSeconds(1)));
        poller.shown();
        timers.runDue();
        poller.closed();
        poller.shown();
        poller.pollNow();
        timers.advance(Duration.ofSeconds(5), STEP);

        assertThat(polls).hasValue(1);
        assertThat(timers.get("test").isClosed()).isTrue();
    }

    @Test
    void pollNowPollsOnceWhileHidden() {
        Poller poller = poller(Poller.Policy.whileShown(Duration.ofMillis(100)));
        poller.pollNow();
        timers.advance(Duration.ofSeconds(1), STEP);
        assertThat(polls).hasValue(1);
    }
}
