package io.breakerboard.cli;

import io.breakerboard.ingest.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a point in time from the command line: ISO-8601 ({@code 2024-10-15T14:00:00Z}, {@code 2024-10-15}, a
 * time without zone is UTC) or an age before now ({@code 30m}, {@code 24h}, {@code 7d}, {@code 2w}).
 */
final class TimeArgument {
    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*(s|m|min|h|d|w)");

    private TimeArgument() {
    }

    /** @throws IllegalArgumentException naming the option and the text, and saying what is accepted */
    static Instant parse(String option, String text, Instant now) {
        String t = text.trim();
        Matcher age = AGE.matcher(t.toLowerCase(Locale.ROOT));
        if (age.matches()) {
            long n = Long.parseLong(age.group(1));
            Duration unit = switch (age.group(2)) {
                case "s" -> Duration.ofSeconds(1);
                case "m", "min" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> Duration.ofDays(7);
            };
            return now.minus(unit.multipliedBy(n));
        }
        if (t.length() == 10) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(option, text);
            }
        }
        try {
            return Timestamps.parse(t);
        } catch (IllegalArgumentException e) {
            throw invalid(option, text);
        }
    }

    private static IllegalArgumentException invalid(String option, String text) {
        return new IllegalArgumentException(option + ": '" + text + "' is not a time. Use ISO-8601"
                + " (2024-10-15T14:00:00Z or 2024-10-15) or an age such as 30m, 24h, 7d.");
    }
}
