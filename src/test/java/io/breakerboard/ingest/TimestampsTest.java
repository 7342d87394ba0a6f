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
}
