package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeArgumentTest {
    private static final Instant NOW = Instant.parse("2024-10-15T12:00:00Z");

    @Test
    void readsAgesBeforeNow() {
        assertThat(TimeArgument.parse("--since", "24h", NOW)).isEqualTo(Instant.parse("2024-10-14T12:00:00Z"));
        assertThat(TimeArgument.parse("--since", "7d", NOW)).isEqualTo(Instant.parse("2024-10-08T12:00:00Z"));
        assertThat(TimeArgument.parse("--since", "30m", NOW)).isEqualTo(Instant.parse("2024-10-15T11:30:00Z"));
        assertThat(TimeArgument.parse("--since", "2w", NOW)).isEqualTo(Instant.parse("2024-10-01T12:00:00Z"));
    }

    @Test
    void readsIsoDatesAndTimes() {
        assertThat(TimeArgument.parse("--since", "2024-10-01", NOW)).isEqualTo(Instant.parse("2024-10-01T00:00:00Z"));
        assertThat(TimeArgument.parse("--since", "2024-10-01T08:00:00+02:00", NOW))
                .isEqualTo(Instant.parse("2024-10-01T06:00:00Z"));
        assertThat(TimeArgument.parse("--since", "2024-10-01T08:00:00", NOW)).isEqualTo(Instant.parse("2024-10-01T08:00:00Z"));
    }

    @Test
    void refusesAnythingElseNamingTheOption() {
        assertThatThrownBy(() -> TimeArgument.parse("--until", "soon", NOW))
                .hasMessageStartingWith("--until: 'soon' is not a time");
        assertThatThrownBy(() -> TimeArgument.parse("--until", "2024-13-45", NOW))
                .hasMessageStartingWith("--until: '2024-13-45' is not a time");
    }
}
