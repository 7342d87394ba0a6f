package io.breakerboard.ui.charts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Ticks for a time axis in local time: calendar steps (10 min, 1 h, 1 day, 1 month…) with the smallest step whose
 * labels do not touch, labels in a format that fits the step, the date where the day changes and the year when
 * the range spans years or is not this year. No JavaFX, so tested plainly.
 *
 * @param values tick positions in epoch seconds, ascending
 * @param labels one label per tick
 * @param step   the step between ticks, roughly, in seconds
 */
public record TimeTicks(double[] values, String[] labels, double step) {
    /** Free pixels between two neighbouring labels. */
    static final double GAP = 14;

    private record Step(int amount, ChronoUnit unit) {
        long approxSeconds() {
            return unit.getDuration().getSeconds() * amount;
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step(1, ChronoUnit.SECONDS), new Step(2, ChronoUnit.SECONDS), new Step(5, ChronoUnit.SECONDS),
            new Step(10, ChronoUnit.SECONDS), new Step(15, ChronoUnit.SECONDS), new Step(30, ChronoUnit.SECONDS),
            new Step(1, ChronoUnit.MINUTES), new Step(2, ChronoUnit.MINUTES), new Step(5, ChronoUnit.MINUTES),
            new Step(10, ChronoUnit.MINUTES), new Step(15, ChronoUnit.MINUTES), new Step(30, ChronoUnit.MINUTES),
            new Step(1, ChronoUnit.HOURS), new Step(2, ChronoUnit.HOURS), new Step(3, ChronoUnit.HOURS),
            new Step(6, ChronoUnit.HOURS), new Step(12, ChronoUnit.HOURS),
            new Step(1, ChronoUnit.DAYS), new Step(2, ChronoUnit.DAYS), new Step(7, ChronoUnit.DAYS),
            new Step(1, ChronoUnit.MONTHS), new Step(2, ChronoUnit.MONTHS), new Step(3, ChronoUnit.MONTHS),
            new Step(6, ChronoUnit.MONTHS), new Step(1, ChronoUnit.YEARS), new Step(2, ChronoUnit.YEARS),
            new Step(5, ChronoUnit.YEARS), new Step(10, ChronoUnit.YEARS), new Step(50, ChronoUnit.YEARS));

    private static final DateTimeFormatter SECONDS = pattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = pattern("HH:mm");
    private static final DateTimeFormatter DAY = pattern("MMM d");
    private static final DateTimeFormatter DAY_YEAR = pattern("MMM d yyyy");
    private static final DateTimeFormatter MONTH_YEAR = pattern("MMM yyyy");
    private static final DateTimeFormatter YEAR = pattern("yyyy");

    /**
     * Ticks for {@code [from, to]} (epoch seconds) over {@code length} pixels.
     *
     * @param textWidth the width in pixels of a label as drawn
     * @param now       today decides whether dates and years are needed
     */
    public static TimeTicks of(double from, double to, double length, ZoneId zone, Instant now,
                               ToDoubleFunction<String> textWidth) {
        if (!(to > from) || !(length > 0)) {
            return new TimeTicks(new double[0], new String[0], 0);
        }
        ZonedDateTime start = toZoned(from, zone);
        ZonedDateTime end = toZoned(to, zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        boolean yearNeeded = start.getYear() != end.getYear() || start.getYear() != today.getYear();
        double span = to - from;
        TimeTicks coarsest = null;
        for (Step step : STEPS) {
            if (span / step.approxSeconds() > length / 4 || span / step.approxSeconds() > 500) {
                continue;
            }
            TimeTicks ticks = layOut(step, start, end, from, to, length, zone, today, yearNeeded, textWidth);
            coarsest = ticks;
            if (ticks != null && fits(ticks, from, to, length, textWidth)) {
                return ticks;
            }
        }
        return coarsest == null ? new TimeTicks(new double[0], new String[0], 0) : coarsest;
    }

    private static TimeTicks layOut(Step step, ZonedDateTime start, ZonedDateTime end, double from, double to,
                                    double length, ZoneId zone, LocalDate today, boolean yearNeeded,
                                    ToDoubleFunction<String> textWidth) {
        List<ZonedDateTime> times = new ArrayList<>();
        for (ZonedDateTime t = first(step, start); !t.isAfter(end); t = t.plus(step.amount(), step.unit())) {
            if (!t.isBefore(start)) {
                times.add(t);
            }
        }
        // Drop ticks whose label would stick out of the axis at either end.
        double scale = length / (to - from);
        List<double[]> kept = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ZonedDateTime t : times) {
            double v = t.toEpochSecond();
            boolean firstShown = labels.isEmpty();
            String label = label(step, t, firstShown, today, yearNeeded);
            double half = textWidth.applyAsDouble(label) / 2;
            double x = (v - from) * scale;
            if (x - half < -2 || x + half > length + 2) {
                continue;
            }
            kept.add(new double[] {v});
            labels.add(label);
        }
        double[] values = kept.stream().mapToDouble(a -> a[0]).toArray();
        return new TimeTicks(values, labels.toArray(String[]::new), step.approxSeconds());
    }

    private static boolean fits(TimeTicks ticks, double from, double to, double length, ToDoubleFunction<String> textWidth) {
        double scale = length / (to - from);
        for (int i = 1; i < ticks.values.length; i++) {
            double distance = (ticks.values[i] - ticks.values[i - 1]) * scale;
            double needed = textWidth.applyAsDouble(ticks.labels[i - 1]) / 2 + textWidth.applyAsDouble(ticks.labels[i]) / 2 + GAP;
            if (distance < needed) {
                return false;
            }
        }
        return true;
    }

    private static String label(Step step, ZonedDateTime t, boolean firstShown, LocalDate today, boolean yearNeeded) {
        return switch (step.unit()) {
            case YEARS -> YEAR.format(t);
            case MONTHS -> MONTH_YEAR.format(t);
            case DAYS -> (yearNeeded ? DAY_YEAR : DAY).format(t);
            default -> {
                DateTimeFormatter clock = step.unit() == ChronoUnit.SECONDS ? SECONDS : MINUTES;
                boolean midnight = t.toLocalTime().toSecondOfDay() == 0;
                DateTimeFormatter date = yearNeeded ? DAY_YEAR : DAY;
                if (midnight) {
                    // The day changes here: the date says which day the following hours belong to.
                    yield date.format(t);
                }
                if (firstShown && !t.toLocalDate().equals(today)) {
                    yield date.format(t) + " " + clock.format(t);
                }
                yield clock.format(t);
            }
        };
    }

    /** The first step boundary at or before {@code start}, aligned to the calendar. */
    private static ZonedDateTime first(Step step, ZonedDateTime start) {
        ZonedDateTime base = switch (step.unit()) {
            case SECONDS -> start.truncatedTo(ChronoUnit.MINUTES);
            case MINUTES -> start.truncatedTo(ChronoUnit.HOURS);
            case HOURS -> start.truncatedTo(ChronoUnit.DAYS);
            case DAYS -> step.amount() == 7
                    ? start.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : start.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case MONTHS -> start.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            default -> start.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1)
                    .withYear(Math.floorDiv(start.getYear(), step.amount()) * step.amount());
        };
        ZonedDateTime t = base;
        while (t.plus(step.amount(), step.unit()).isBefore(start) || t.plus(step.amount(), step.unit()).isEqual(start)) {
            t = t.plus(step.amount(), step.unit());
        }
        return t;
    }

    private static ZonedDateTime toZoned(double epochSeconds, ZoneId zone) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).atZone(zone);
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
    }

    /** The label of the tick at {@code value}, or null if there is none. */
    public String labelAt(double value) {
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i] - value) < 1e-3) {
                return labels[i];
            }
        }
        return null;
    }

    /** A step's length, for tests and the axis' minor ticks. */
    public Duration stepDuration() {
        return Duration.ofSeconds(Math.round(step));
    }
}
