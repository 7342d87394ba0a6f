package io.breakerboard.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The calendar month's cost projected from what it cost so far: month to date + the month-to-date rate × the time
 * left of the month. The rate is the month-to-date cost over the time elapsed since the month began
 * ({@link CostRate}), so the projection is also the month-to-date rate over the whole month.
 *
 * @param monthToDateMicros what executions started this month cost, in micro-dollars
 * @param monthStart        the first instant of the month in the chosen time zone
 * @param now               when it is projected
 * @param monthEnd          the first instant of the next month
 */
public record MonthProjection(long monthToDateMicros, Instant monthStart, Instant now, Instant monthEnd) {
    public MonthProjection {
        Objects.requireNonNull(monthStart, "monthStart");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(monthEnd, "monthEnd");
        if (now.isBefore(monthStart) || !now.isBefore(monthEnd)) {
            throw new IllegalArgumentException(now + " is not in the month " + monthStart + " .. " + monthEnd);
        }
    }

    /** The projection at {@code now} of the calendar month it falls in, in {@code zone}. */
    public static MonthProjection at(Instant now, ZoneId zone, long monthToDateMicros) {
        return new MonthProjection(monthToDateMicros, monthStart(now, zone), now, monthStart(now, zone).atZone(zone)
                .plusMonths(1).toInstant());
    }

    /** The first instant of the calendar month {@code now} falls in, in {@code zone}. */
    public static Instant monthStart(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return local.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    /** The month-to-date rate: its cost over the time since the month began. */
    public CostRate rate() {
        return new CostRate(monthToDateMicros, Duration.between(monthStart, now));
    }

    /** The time left of the month. */
    public Duration remaining() {
        return Duration.between(now, monthEnd);
    }

    /** Month to date + rate × remaining, in micro-dollars; the month to date alone while no time has passed. */
    public long projectedMicros() {
        CostRate rate = rate();
        return rate.known() ? Saturating.add(monthToDateMicros, Math.round(rate.microsOver(remaining())))
                : monthToDateMicros;
    }
}
