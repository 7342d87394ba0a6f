package io.breakerboard.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimeTicksTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    /** About the width of an 11 px sans-serif label. */
    private static final ToDoubleFunction<String> WIDTH = s -> s.length() * 7.0;
    private static final Instant NOW = Instant.parse("2026-12-05T01:30:00Z");

    private static double sec(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    private static void assertNoOverlap(TimeTicks ticks, double from, double to, double length) {
        double scale = length / (to - from);
        for (int i = 1; i < ticks.values().length; i++) {
            double gap = (ticks.values()[i] - ticks.values()[i - 1]) * scale
                    - WIDTH.applyAsDouble(ticks.labels()[i - 1]) / 2 - WIDTH.applyAsDouble(ticks.labels()[i]) / 2;
            assertThat(gap).as("space between '%s' and '%s'", ticks.labels()[i - 1], ticks.labels()[i]).isPositive();
        }
        for (int i = 0; i < ticks.values().length; i++) {
            double x = (ticks.values()[i] - from) * scale;
            assertThat(x - WIDTH.applyAsDouble(ticks.labels()[i]) / 2).isGreaterThanOrEqualTo(-2);
            assertThat(x + WIDTH.applyAsDouble(ticks.labels()[i]) / 2).isLessThanOrEqualTo(length + 2);
        }
    }

    @Test
    void fifteenMinutesTodayReadAsHoursAndMinutes() {
        double from = sec("2026-12-05T01:15:00Z");
        double to = sec("2026-12-05T01:30:00Z");

        TimeTicks ticks = TimeTicks.of(from, to, 300, UTC, NOW, WIDTH);

        assertThat(ticks.labels()).contains("01:20", "01:25").allMatch(l -> l.matches("\\d\\d:\\d\\d"));
        assertNoOverlap(ticks, from, to, 300);
    }

    @Test
    void twoYearsWithAGapShowYearsAndNeverOverlap() {
        double from = sec("2024-10-14T00:00:00Z");
        double to = sec("2026-12-05T00:00:00Z");
        for (double length : new double[] {250, 320, 600, 1400}) {
            TimeTicks ticks = TimeTicks.of(from, to, length, UTC, NOW, WIDTH);

            assertThat(ticks.values()).as("ticks at %s px", length).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ticks.labels()).allMatch(l -> l.matches(".*20\\d\\d"));
            assertNoOverlap(ticks, from, to, length);
        }
    }

    @Test
    void daysOfAnEarlierYearCarryTheYear() {
        double from = sec("2024-10-14T00:00:00Z");
        double to = sec("2024-10-18T00:00:00Z");

        TimeTicks ticks = TimeTicks.of(from, to, 320, UTC, NOW, WIDTH);

        assertThat(ticks.labels()).isNotEmpty().allMatch(l -> l.contains("2024"));
        assertNoOverlap(ticks, from, to, 320);
    }

    @Test
    void hoursOfAnotherDayNameTheDayOnTheFirstTick() {
        double from = sec("2026-12-01T10:00:00Z");
        double to = sec("2026-12-01T11:00:00Z");

        TimeTicks ticks = TimeTicks.of(from, to, 500, UTC, NOW, WIDTH);

        assertThat(ticks.labels()[0]).startsWith("Dec 1 ");
        assertThat(ticks.labels()[1]).matches("\\d\\d:\\d\\d");
    }

    @Test
    void ticksFollowTheLocalClock() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        double from = sec("2026-12-04T22:00:00Z");
        double to = sec("2026-12-05T05:00:00Z");

        TimeTicks ticks = TimeTicks.of(from, to, 400, berlin, NOW, WIDTH);

        // Midnight in Berlin is 23:00 UTC: the day's first tick is labelled with the date.
        assertThat(ticks.labelAt(sec("2026-12-04T23:00:00Z"))).isEqualTo("Dec 5");
    }
}
