package io.breakerboard.engine.llm.internal;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a server asked us to wait: {@code retry-after-ms} (OpenAI's), else {@code Retry-After} as
 * seconds or as an HTTP date, measured against an injected clock.
 */
public final class RetryAfter {
    private static final Duration LONGEST = Duration.ofMinutes(10);
    private final Clock clock;

    public RetryAfter(Clock clock) {
        this.clock = clock;
    }

    public static RetryAfter systemClock() {
        return new RetryAfter(Clock.systemUTC());
    }

    /** The wait asked for, capped at 10 minutes; empty when the headers say nothing usable. */
    public Optional<Duration> read(HttpHeaders headers) {
        Optional<String> ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(cap(Duration.ofMillis(Math.round(Double.parseDouble(ms.get().strip())))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        return headers.firstValue("retry-after").flatMap(this::parse);
    }

    Optional<Duration> parse(String value) {
        String v = value.strip();
        try {
            return Optional.of(cap(Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(cap(Duration.between(clock.instant(), at.toInstant())));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Duration cap(Duration d) {
        return d.isNegative() ? Duration.ZERO : d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}
