package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MonthProjectionTest {

    @Test
    void tenDollarsInTheFirstTenDaysOfOctoberProjectThirtyOne() {
        MonthProjection p = MonthProjection.at(Instant.parse("2024-10-11T00:00:00Z"), ZoneOffset.UTC, 10_000_000);

        assertThat(p.monthStart()).isEqualTo(Instant.parse("2024-10-01T00:00:00Z"));
        assertThat(p.monthEnd()).isEqualTo(Instant.parse("2024-11-01T00:00:00Z"));
        assertThat(p.rate().microsPerDay()).isEqualTo(1_000_000.0);
        assertThat(p.remaining()).isEqualTo(Duration.ofDays(21));
        // month to date + rate × time left = $10 + $1/day × 21 days
        assertThat(p.projectedMicros()).isEqualTo(31_000_000);
    }

    @Test
    void theMonthIsTheCalendarMonthOfTheZone() {
        // 23:30 UTC on 31 October is already 00:30 on 1 November in Paris: a new month with nothing spent yet.
        MonthProjection p = MonthProjection.at(Instant.parse("2024-10-31T23:30:00Z"), ZoneId.of("Europe/Paris"), 0);

        assertThat(p.monthStart()).isEqualTo(Instant.parse("2024-10-31T23:00:00Z"));
        assertThat(p.monthEnd()).isEqualTo(Instant.parse("2024-11-30T23:00:00Z"));
        assertThat(p.projectedMicros()).isZero();
    }

    @Test
    void februaryOfALeapYearHasTwentyNineDays() {
        MonthProjection p = MonthProjection.at(Instant.parse("2024-02-15T00:00:00Z"), ZoneOffset.UTC, 14_000_000);

        assertThat(p.projectedMicros()).isEqualTo(29_000_000);
    }

    @Test
    void atTheFirstInstantOfTheMonthThereIsNoRateAndTheProjectionIsWhatWasSpent() {
        MonthProjection p = MonthProjection.at(Instant.parse("2024-10-01T00:00:00Z"), ZoneOffset.UTC, 5);

        assertThat(p.rate().known()).isFalse();
        assertThat(p.rate().microsPerDay()).isNaN();
        assertThat(p.projectedMicros()).isEqualTo(5);
    }

    @Test
    void aRateCarriesACostOverAnyLength() {
        CostRate rate = new CostRate(3_000_000, Duration.ofHours(12));

        assertThat(rate.microsOver(Duration.ofDays(30))).isEqualTo(180_000_000.0);
        assertThatThrownBy(() -> new CostRate(1, Duration.ofSeconds(-1))).hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> new MonthProjection(0, Instant.parse("2024-10-01T00:00:00Z"),
                Instant.parse("2024-11-01T00:00:00Z"), Instant.parse("2024-11-01T00:00:00Z")))
                .hasMessageContaining("is not in the month");
    }
}
