package io.breakerboard.ingest;

import io.breakerboard.model.ValueRanges;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps agent logs carry. The common ISO-8601 shapes ({@code 2024-10-15T14:23:01Z},
 * {@code 2024-10-15 14:23:01.123456+02:00}) are read by hand, because {@code OffsetDateTime.parse} costs more
 * than parsing a whole JSON line; anything else falls back to java.time. A time without zone is UTC.
 */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * Parses text into an instant.
     *
     * @throws IllegalArgumentException naming the text when it is no timestamp
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("timestamp is missing");
        }
        String s = text.trim();
        Instant fast = fast(s);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException ignored) {
            // try epoch numbers
        }
        try {
            return fromEpochNumber(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a timestamp: '" + text + "'");
        }
    }

    /**
     * An epoch number in seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude
     * (any of them for dates between 1973 and 2286; for the accepted years 2000 to 2199 the four bands do not
     * overlap). A number no unit can hold as an instant is refused rather than clamped.
     *
     * @throws IllegalArgumentException when the number is not finite or lies beyond every unit's range
     */
    public static Instant fromEpochNumber(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a timestamp: " + v);
        }
        double abs = Math.abs(v);
        if (abs >= 0x1p63) {
            throw new IllegalArgumentException("epoch number " + v + " is outside " + ValueRanges.EARLIEST + ".."
                    + ValueRanges.LATEST + " in any unit");
        }
        if (abs < 1e11) {
            return Instant.ofEpochMilli(Math.round(v * 1000));
        } else if (abs < 1e14) {
            return Instant.ofEpochMilli(Math.round(v));
        } else if (abs < 1e17) {
            long micros = (long) v;
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }
        long nanos = (long) v;
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Unix nanoseconds as OTLP writes them (as text or number). */
    public static Instant fromEpochNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    // yyyy-MM-dd[T ]HH:mm:ss[.f{1,9}][Z|±HH:mm|±HHmm|±HH]
    private static Instant fast(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int len = Math.min(i - start, 9);
            if (len == 0) {
                return null;
            }
            for (int k = len; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i == n - 1) {
                offsetSeconds = 0;
            } else if (c == '+' || c == '-') {
                String off = s.substring(i + 1).replace(":", "");
                if (off.length() != 2 && off.length() != 4) {
                    return null;
                }
                int oh = digits(off, 0, 2);
                int om = off.length() == 4 ? digits(off, 2, 2) : 0;
                if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
                    return null; // java.time refuses offsets beyond ±18:00 with a reason
                }
                offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            } else {
                return null;
            }
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long secs = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
            if (hour > 23 || minute > 59 || second > 59) {
                return null;
            }
            return Instant.ofEpochSecond(secs, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
