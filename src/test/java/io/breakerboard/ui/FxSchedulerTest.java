package io.breakerboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxSchedulerTest {
    /** Stands for the FX thread: tasks wait until the test runs them. */
    private final Deque<Runnable> fxQueue = new ArrayDeque<>();
    /** Stands for the timer: delayed tasks wait until the test fires them. */
    private final List<Runnable> timers = new ArrayList<>();
    private final FxScheduler scheduler = new FxScheduler(fxQueue::add, (delay, task) -> {
        timers.add(task);
        return () -> timers.remove(task);
    });
    private final List<String> ran = new ArrayList<>();

    private void runFxQueue() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    @Test
    void aBurstUnderOneKeyReachesTheFxThreadOnceWithTheNewestTask() {
        for (int i = 1; i <= 100; i++) {
            int n = i;
            scheduler.coalesce("progress", () -> ran.add("progress " + n));
        }

        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(ran).containsExactly("progress 100");
    }

    @Test
    void aTaskPostedAfterTheDrainIsPostedAgain() {
        scheduler.coalesce("k", () -> ran.add("first"));
        runFxQueue();
        scheduler.coalesce("k", () -> ran.add("second"));
        runFxQueue();

        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void differentKeysDoNotReplaceEachOther() {
        scheduler.coalesce("a", () -> ran.add("a"));
        scheduler.coalesce("b", () -> ran.add("b"));
        runFxQueue();

        assertThat(ran).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void debounceRunsOnlyTheLastTaskOfAQuickSeries() {
        scheduler.debounce("agents", Duration.ofMillis(250), () -> ran.add("one"));
        scheduler.debounce("agents", Duration.ofMillis(250), () -> ran.add("two"));
        scheduler.debounce("agents", Duration.ofMillis(250), () -> ran.add("three"));

        assertThat(timers).hasSize(1);
        timers.get(0).run();
        runFxQueue();
        assertThat(ran).containsExactly("three");
    }

    @Test
    void aSupersededTimerThatFiresAnywayDoesNothing() {
        List<Runnable> fired = new ArrayList<>();
        FxScheduler uncancellable = new FxScheduler(fxQueue::add, (delay, task) -> {
            fired.add(task);
            return () -> { };
        });
        uncancellable.debounce("k", Duration.ofMillis(10), () -> ran.add("old"));
        uncancellable.debounce("k", Duration.ofMillis(10), () -> ran.add("new"));
        fired.forEach(Runnable::run);
        runFxQueue();

        assertThat(ran).containsExactly("new");
    }

    @Test
    void aFailingTaskDoesNotStopTheNextOnes() {
        scheduler.post(() -> {
            throw new IllegalStateException("boom");
        });
        scheduler.post(() -> ran.add("after"));
        runFxQueue();

        assertThat(ran).containsExactly("after");
    }
}
