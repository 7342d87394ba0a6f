package io.breakerboard.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something another thread does; fails after a minute instead of hanging. */
public final class WaitFor {
    private static final Duration LIMIT = Duration.ofMinutes(1);

    private WaitFor() {
    }

    public static void condition(BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + LIMIT);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
