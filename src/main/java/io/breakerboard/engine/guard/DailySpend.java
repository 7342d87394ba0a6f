package io.breakerboard.engine.guard;

import io.breakerboard.engine.time.EngineClock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Money spent by the whole engine on the current UTC day of the engine clock. Thread-safe. */
public final class DailySpend {
    private final EngineClock clock;
    private LocalDate day;
    private long spent;

    public DailySpend(EngineClock clock) {
        this.clock = clock;
    }

    /** Spent today, micro-dollars. */
    public synchronized long spentToday() {
        roll();
        return spent;
    }

    synchronized void charge(long micros) {
        roll();
        spent += micros;
    }

    private void roll() {
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            spent = 0;
        }
    }
}
