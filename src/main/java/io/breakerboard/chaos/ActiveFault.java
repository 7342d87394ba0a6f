package io.breakerboard.chaos;

import java.time.Duration;
import java.time.Instant;

/**
 * A fault the injector holds, as seen at one moment.
 *
 * @param id        the injector's id for it ({@code f-3}), for removing it
 * @param spec      what it does
 * @param origin    who put it there: {@code manual}, or {@code experiment <name>}
 * @param startsAt  when it takes (or took) effect, engine-clock time
 * @param endsAt    when it rolls back by itself
 * @param timeLeft  until it rolls back; zero once over
 * @param waiting   true while scheduled for later (an experiment's fault that starts mid-way)
 * @param hits      calls it changed so far
 */
public record ActiveFault(String id, FaultSpec spec, String origin, Instant startsAt, Instant endsAt,
                          Duration timeLeft, boolean waiting, long hits) {
    public static final String MANUAL = "manual";
}
