package io.breakerboard.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void sleepingOutsideAnyWorkerAdvancesTheClockAtOnce() {
        VirtualClock clock = new VirtualClock(T0);
        long before = System.nanoTime();
        clock.sleep(Duration.ofHours(6));
        assertThat(clock.now()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(System.nanoTime() - before).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void workersTakeTurnsInOrderOfWakeUpTime() throws Exception {
        VirtualClock clock = new VirtualClock(T0);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Runnable a = () -> {
            for (int i = 0; i < 3; i++) {
                clock.sleep(Duration.ofSeconds(3));
                log.add("a@" + clock.now().getEpochSecond() % 100);
            }
        };
        Runnable b = () -> {
            for (int i = 0; i < 3; i++) {
                clock.sleep(Duration.ofSeconds(2));
                log.add("b@" + clock.now().getEpochSecond() % 100);
            }
        };
        CompletableFuture.allOf(clock.scheduler().spawnAll("w", List.of(a, b)).toArray(CompletableFuture[]::new))
                .get(10, TimeUnit.SECONDS);
        long t = T0.getEpochSecond() % 100;
        assertThat(log).containsExactly("b@" + (t + 2), "a@" + (t + 3), "b@" + (t + 4), "a@" + (t + 6), "b@" + (t + 6),
                "a@" + (t + 9));
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(9));
        assertThat(clock.scheduler().active()).isZero();
    }

    @Test
    void aFailingWorkerCompletesItsFutureExceptionallyAndPassesTheTurnOn() throws Exception {
        VirtualClock clock = new VirtualClock(T0);
        CompletableFuture<Void> bad = clock.scheduler().spawn("bad", () -> {
            throw new IllegalStateException("boom");
        });
        CompletableFuture<Void> good = clock.scheduler().spawn("good", () -> clock.sleep(Duration.ofMinutes(1)));
        good.get(10, TimeUnit.SECONDS);
        assertThat(bad).isCompletedExceptionally();
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(60));
    }
}
