package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Closing a workspace stops the jobs still running at their next check and waits for them to end. */
class BackgroundJobsTest {
    private final BackgroundJobs jobs = new BackgroundJobs(Executors.newCachedThreadPool());

    @Test
    void closingRaisesTheCancelFlagOfEveryRunningJobAndWaitsForItToEnd() throws InterruptedException {
        AtomicBoolean cancel = jobs.started();
        AtomicBoolean ended = jobs.started();
        jobs.finished(ended);
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean stoppedAtItsCheck = new AtomicBoolean();
        jobs.threads().execute(() -> {
            running.countDown();
            while (!cancel.get()) {
                Thread.onSpinWait();
            }
            stoppedAtItsCheck.set(true);
            jobs.finished(cancel);
        });
        running.await();

        jobs.close();

        assertThat(stoppedAtItsCheck).isTrue();
        assertThat(jobs.threads().isTerminated()).isTrue();
        assertThat(ended).as("a job that had ended is not told to stop").isFalse();
    }

    @Test
    void cancellingAllLeavesTheThreadsTakingWork() throws InterruptedException {
        AtomicBoolean cancel = jobs.started();

        jobs.cancelAll();
        CountDownLatch ran = new CountDownLatch(1);
        jobs.threads().execute(ran::countDown);
        ran.await();

        assertThat(cancel).isTrue();
        jobs.close();
    }
}
