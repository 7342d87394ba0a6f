package io.breakerboard.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemEngineClockTest {

    @Test
    void cancellingEndsAWaitWithoutInterruptingTheThread() throws Exception {
        SystemEngineClock clock = new SystemEngineClock();
        CompletableFuture<Boolean> sleeper = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                clock.sleep(Duration.ofHours(1));
                sleeper.complete(false);
            } catch (CancellationException e) {
                sleeper.complete(!Thread.currentThread().isInterrupted());
            }
        });
        t.setDaemon(true);
        t.start();

        clock.cancelSleeps();

        assertThat(sleeper.get(30, TimeUnit.SECONDS)).as("cancelled, and not by an interrupt").isTrue();
    }

    @Test
    void afterCancellingEverySleepEndsAtOnce() {
        SystemEngineClock clock = new SystemEngineClock();
        clock.cancelSleeps();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clock.sleep(Duration.ofMinutes(5)))
                .isInstanceOf(CancellationException.class).hasMessageContaining("closing");
    }
}
