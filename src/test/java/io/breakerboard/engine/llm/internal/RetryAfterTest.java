package io.breakerboard.engine.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final RetryAfter retryAfter = new RetryAfter(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"),
            ZoneOffset.UTC));

    private Optional<Duration> read(String... nameValues) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return retryAfter.read(HttpHeaders.of(m, (a, b) -> true));
    }

    @Test
    void millisecondsFromOpenAisHeaderComeFirst() {
        assertThat(read("retry-after-ms", "1500", "retry-after", "9")).contains(Duration.ofMillis(1_500));
        assertThat(read("retry-after-ms", "20.6")).contains(Duration.ofMillis(21));
    }

    @Test
    void secondsMayBeWholeOrFractional() {
        assertThat(read("Retry-After", "7")).contains(Duration.ofSeconds(7));
        assertThat(read("retry-after", "0.25")).contains(Duration.ofMillis(250));
    }

    @Test
    void anHttpDateIsMeasuredAgainstTheInjectedClock() {
        assertThat(read("retry-after", "Mon, 02 Mar 2026 09:00:30 GMT")).contains(Duration.ofSeconds(30));
        assertThat(read("retry-after", "Mon, 02 Mar 2026 08:59:00 GMT")).as("a date in the past").contains(Duration.ZERO);
    }

    @Test
    void aWaitIsCappedAtTenMinutes() {
        assertThat(read("retry-after", "86400")).contains(Duration.ofMinutes(10));
        assertThat(read("retry-after-ms", "-5")).contains(Duration.ZERO);
    }

    @Test
    void headersThatSayNothingUsableGiveNoWait() {
        assertThat(read()).isEmpty();
        assertThat(read("retry-after", "soon")).isEmpty();
        assertThat(read("retry-after-ms", "later")).as("falls through to Retry-After, absent").isEmpty();
        assertThat(read("retry-after-ms", "later", "retry-after", "3")).contains(Duration.ofSeconds(3));
    }
}
