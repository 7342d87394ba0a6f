package io.breakerboard.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one circuit breaker.
 *
 * @param state where the breaker is
 * @param since for {@link State#CLOSED}, when it last closed; otherwise when it last left CLOSED. A breaker
 *              that swings between OPEN and HALF_OPEN keeps its {@code since}, so the alert sees one outage
 *              rather than many short ones.
 */
public record BreakerStatus(State state, Instant since) {

    /** Circuit breaker states as the alerts see them; a forced-open breaker reports OPEN. */
    public enum State {
        CLOSED,
        HALF_OPEN,
        OPEN
    }

    public BreakerStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
    }

    /** True unless closed: calls are being refused or only trial calls pass. */
    public boolean open() {
        return state != State.CLOSED;
    }
}
