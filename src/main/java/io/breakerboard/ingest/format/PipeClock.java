package io.breakerboard.ingest.format;

import io.breakerboard.ingest.Timestamps;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Turns the times of a pipe log into instants. A dated line sets the current date (and UTC offset); a
 * time-only line takes the date of the last dated line before it, moving to the next day when its time is
 * more than 12 hours before the previous line's (the log crossed midnight). Time-only lines before the first
 * dated line take that line's date, looked up ahead once by the caller, or the day before when their time is
 * more than 12 hours after it.
 */
final class PipeClock {
    private static final long HALF_DAY = 12 * 3600L;

    private LocalDate date;
    private int offsetSeconds;
    private long lastSecondOfDay = -1;
    private boolean ahead;

    /** True once a date is known, from a dated line or from the look-ahead. */
    boolean hasDate() {
        return date != null;
    }

    /** Reads a dated line's time and makes its date current. */
    Instant dated(String text) throws RecordProblem {
        Instant at;
        try {
            at = Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(e.getMessage());
        }
        // The offset is the written wall time minus the instant; time-only lines are read in the same zone.
        Instant wall = Timestamps.parse(text.substring(0, 19));
        offsetSeconds = (int) (wall.getEpochSecond() - at.getEpochSecond());
        long local = wall.getEpochSecond();
        date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
        lastSecondOfDay = Math.floorMod(local, 86_400L);
        ahead = false;
        return at;
    }

    /** Takes the date of the file's first dated line for time-only lines that come before it. */
    void lookAhead(String firstDatedTime) throws RecordProblem {
        dated(firstDatedTime);
        ahead = true;
    }

    /** Reads a time-only line's {@code HH:mm:ss[.fff]}; {@link #hasDate()} must be true. */
    Instant timeOnly(String text) throws RecordProblem {
        long second = secondOfDay(text);
        LocalDate day = date;
        if (ahead) {
            if (second - lastSecondOfDay > HALF_DAY) {
                day = day.minusDays(1);
            }
        } else {
            if (lastSecondOfDay - second > HALF_DAY) {
                date = date.plusDays(1);
                day = date;
            }
            lastSecondOfDay = second;
        }
        long epochSecond = day.toEpochDay() * 86_400L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos(text));
    }

    private static long secondOfDay(String t) throws RecordProblem {
        int h = (t.charAt(0) - '0') * 10 + (t.charAt(1) - '0');
        int m = (t.charAt(3) - '0') * 10 + (t.charAt(4) - '0');
        int s = (t.charAt(6) - '0') * 10 + (t.charAt(7) - '0');
        if (h > 23 || m > 59 || s > 59) {
            throw new RecordProblem("'" + t + "' is not a time of day");
        }
        return h * 3600L + m * 60L + s;
    }

    private static int nanos(String t) throws RecordProblem {
        if (t.length() == 8) {
            return 0;
        }
        if (t.charAt(8) != '.' && t.charAt(8) != ',') {
            throw new RecordProblem("'" + t + "' is not a time; expected HH:mm:ss or HH:mm:ss.SSS");
        }
        int nanos = 0, digits = 0;
        for (int i = 9; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new RecordProblem("'" + t + "' is not a time; expected HH:mm:ss or HH:mm:ss.SSS");
            }
            if (digits < 9) {
                nanos = nanos * 10 + (c - '0');
                digits++;
            }
        }
        for (; digits < 9; digits++) {
            nanos *= 10;
        }
        return nanos;
    }
}
