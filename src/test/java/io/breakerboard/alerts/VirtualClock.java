package io.breakerboard.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test moves it. */
final class VirtualClock extends Clock {
    private Instant now;

    VirtualClock(Instant start) {
        this.now = start;
    }

    VirtualClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
