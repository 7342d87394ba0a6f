package io.breakerboard.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times of day as the window shows them; values with units are written by {@link io.breakerboard.model.Units}. */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** Local wall time: {@code 14:03:27} today, {@code Mar 2 14:03} on other days (short enough for a table column). */
    public static String time(Instant t, Instant now, ZoneId zone) {
        if (t == null) {
            return "";
        }
        boolean sameDay = t.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (sameDay ? TIME : DATE_TIME).format(t.atZone(zone));
    }

    /** Local date and time, for details. */
    public static String timestamp(Instant t, ZoneId zone) {
        return t == null ? "" : FULL.format(t.atZone(zone));
    }
}
