package io.breakerboard.ui.importing;

import java.util.Locale;

/** Byte counts for people: {@code 812 B}, {@code 12.3 MB}. */
final class Bytes {
    private Bytes() {
    }

    static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
