package io.breakerboard.demo;

import io.breakerboard.model.Step;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the hand-written sample logs spell values: {@code $0.0041}, {@code 850ms}, {@code 1.2s}, fixed-width times. */
final class LogText {
    static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /**
     * Step attributes of the engine that the flat formats keep as extra fields: who made a call and which attempt
     * it was (so a voter's or a retry's call is not taken for a loop), a result reused, and the iterations an
     * execution was allowed (so its own limit, not a global one, judges it).
     */
    static final List<String> KEPT_ATTRIBUTES = List.of("actor", "attempt", "cached", "replayed", "iteration_limit");

    private LogText() {
    }

    /** Plain dollars without trailing zeros, e.g. {@code 0.0041}. */
    static String usd(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    static String latency(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
    }

    /** The {@link #KEPT_ATTRIBUTES} a step has, in that order. */
    static Map<String, String> kept(Step s) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String k : KEPT_ATTRIBUTES) {
            String v = s.attributes().get(k);
            if (v != null) {
                kept.put(k, v);
            }
        }
        return kept;
    }

    static String iso(Instant t) {
        return ISO_MILLIS.format(t);
    }

    /** A value in double quotes, with quotes and backslashes escaped. */
    static String quoted(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.append('"').toString();
    }
}
