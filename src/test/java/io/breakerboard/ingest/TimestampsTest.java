package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void readsTheCommonIsoShapes() {
        Instant t = Instant.parse("2024-10-15T14:23:01Z");
        assertThat(Timestamps.parse("2024-10-15T14:23:01Z")).isEqualTo(t);
        assertThat(Timestamps.parse("2024-10-15 14:23:01")).isEqualTo(t);
        assertThat(Timestamps.parse("  2024-10-15T14:23:01z ")).isEqualTo(t);
        assertThat(Timestamps.parse("2024-10-15T16:23:01+02:00")).isEqualTo(t);
        assertThat(Timestamps.parse("2024-10-15T16:23:01+0200")).isEqualTo(t);
        assertThat(Timestamps.parse("2024-10-15T09:23:01-05")).isEqualTo(t);
        assertThat(Timestamps.parse("2024-10-15T14:23:01.5Z")).isEqualTo(t.plusMillis(500));
        assertThat(Timestamps.parse("2024-10-15 14:23:01,123456")).isEqualTo(t.plusNanos(123_456_000));
        assertThat(Timestamps.parse("2024-10-15T14:23:01.123456789123Z")).isEqualTo(t.plusNanos(123_456_789));
    }

    @Test
    void fallsBackForRarerShapesAndEpochNumbers() {
        assertThat(Timestamps.parse("2024-10-15T14:23Z")).isEqualTo(Instant.parse("2024-10-15T14:23:00Z"));
        assertThat(Timestamps.parse("1729002181")).isEqualTo(Instant.parse("2024-10-15T14:23:01Z"));
        assertThat(Timestamps.parse("1729002181500")).isEqualTo(Instant.parse("2024-10-15T14:23:01.500Z"));
        assertThat(Timestamps.fromEpochNumber(1_729_002_181_500_000d)).isEqualTo(Instant.parse("2024-10-15T14:23:01.500Z"));
        assertThat(Timestamps.fromEpochNanos(1_729_002_181_000_000_001L)).isEqualTo(Instant.parse("2024-10-15T14:23:01.000000001Z"));
    }

    @Test
    void refusesWhatIsNoTimeNamingTheText() {
        assertThatThrownBy(() -> Timestamps.parse("15/10/2024")).hasMessageContaining("'15/10/2024'");
        assertThatThrownBy(() -> Timestamps.parse("2024-13-45T99:00:00Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.parse("")).hasMessage("timestamp is missing");
        assertThatThrownBy(() -> Timestamps.parse(null)).hasMessage("timestamp is missing");
    }

    @Test
    void refusesImpossibleTimesInsteadOfRepairingThem() {
        assertThatThrownBy(() -> Timestamps.parse("NaN")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.parse("Infinity")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.parse("2024-10-15T13:43:11+25:00")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.parse("2024-10-15T13:43:11+18:30")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.parse("2024-10-15T13:43:11+05:60")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.fromEpochNumber(Double.NaN)).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.fromEpochNumber(1e30)).hasMessageContaining("outside");
        assertThatThrownBy(() -> Timestamps.fromEpochNumber(-1e30)).hasMessageContaining("outside");
        assertThat(Timestamps.parse("2024-10-15T13:43:11+18:00")).isEqualTo(Instant.parse("2024-10-14T19:43:11Z"));
    }

    @Test
    void everyUnitOfEpochNumberReachesBothEndsOfTheAcceptedYears() {
        Instant first = Instant.parse("2000-01-01T00:00:00Z");
        Instant last = Instant.parse("2199-12-31T23:59:59Z");
        for (double unitsPerSecond : new double[] {1, 1e3, 1e6, 1e9}) {
            assertThat(Timestamps.fromEpochNumber(first.getEpochSecond() * unitsPerSecond)).isEqualTo(first);
            assertThat(Timestamps.fromEpochNumber(last.getEpochSecond() * unitsPerSecond))
                    .as("a double holds nanoseconds near 2200 to the microsecond")
                    .isBetween(last.minusNanos(1_000), last.plusNanos(1_000));
        }
    }
}
