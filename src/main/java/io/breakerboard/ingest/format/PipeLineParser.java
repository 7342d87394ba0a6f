package io.breakerboard.ingest.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits {@code 2024-10-15 14:23:01 | EVENT | key=value | key="quoted | value"} and
 * {@code [14:23:01] EVENT | ...} by hand: segments break on {@code |} outside double quotes, a segment
 * {@code key=value} becomes a field (the value runs to the end of the segment), anything else is free text.
 */
final class PipeLineParser {
    private PipeLineParser() {
    }

    /** Cheap shape test for detection: a time at the start and a {@code |} somewhere after it. */
    static boolean looksLikePipeLine(String line) {
        String s = line.stripLeading();
        if (s.length() >= 20 && isDated(s, 0)) {
            return s.indexOf('|', 19) > 0;
        }
        if (s.length() >= 12 && s.charAt(0) == '[') {
            int close = s.indexOf(']');
            if (close < 9) {
                return false;
            }
            boolean timeInside = isTime(s, 1) || isDated(s, 1);
            int e = close + 1;
            while (e < s.length() && s.charAt(e) == ' ') {
                e++;
            }
            return timeInside && e < s.length() && Character.isUpperCase(s.charAt(e));
        }
        return false;
    }

    static PipeLine parse(String line) throws RecordProblem {
        String s = line.strip();
        String time;
        boolean dated;
        int pos;
        if (s.length() >= 19 && isDated(s, 0)) {
            int end = 19;
            while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '|') {
                end++;
            }
            time = s.substring(0, end);
            dated = true;
            pos = end;
        } else if (s.startsWith("[") && s.indexOf(']') > 0) {
            int close = s.indexOf(']');
            time = s.substring(1, close).trim();
            dated = time.length() >= 19 && isDated(time, 0);
            if (!dated && !isTime(time, 0)) {
                throw new RecordProblem("'[" + time + "]' is not a time; expected [HH:mm:ss]");
            }
            pos = close + 1;
        } else {
            throw new RecordProblem("line does not start with a time; expected '2024-10-15 14:23:01 | EVENT | key=value'"
                    + " or '[14:23:01] EVENT | key=value'");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder text = null;
        String event = null;
        StringBuilder seg = new StringBuilder();
        int n = s.length();
        int i = pos;
        while (i <= n) {
            i = readSegment(s, i, seg);
            String part = seg.toString().trim();
            if (event == null) {
                if (!part.isEmpty()) {
                    event = part;
                }
            } else if (!part.isEmpty()) {
                int eq = keyEnd(part);
                if (eq > 0) {
                    fields.put(part.substring(0, eq), unquote(part.substring(eq + 1).trim()));
                } else {
                    text = text == null ? new StringBuilder(unquote(part)) : text.append(" | ").append(unquote(part));
                }
            }
            i++;
        }
        if (event == null) {
            throw new RecordProblem("missing event name after the time (e.g. TOOL_CALL)");
        }
        if (!isEventName(event)) {
            throw new RecordProblem("'" + event + "' is not an event name; expected an upper-case word such as TOOL_CALL");
        }
        return new PipeLine(dated, time, event, fields, text == null ? null : text.toString());
    }

    /** Copies one segment, quotes kept, into {@code out}; returns the index of the closing {@code |} or the end. */
    private static int readSegment(String s, int from, StringBuilder out) {
        out.setLength(0);
        boolean quoted = false;
        int i = from;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '|' && !quoted) {
                return i;
            }
            out.append(c);
        }
        return i;
    }

    /** Index of the {@code =} after a leading identifier, or -1. */
    private static int keyEnd(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '=') {
                return i;
            }
            boolean ok = Character.isLetter(c) || c == '_' || (i > 0 && (Character.isDigit(c) || c == '.' || c == '-'));
            if (!ok) {
                return -1;
            }
        }
        return -1;
    }

    static String unquote(String v) {
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return v;
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length() - 1) {
                char next = v.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isEventName(String e) {
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != '_' && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    // yyyy-MM-dd[ T]HH:mm:ss at offset
    static boolean isDated(String s, int at) {
        return s.length() >= at + 19 && digits(s, at, 4) && s.charAt(at + 4) == '-' && digits(s, at + 5, 2)
                && s.charAt(at + 7) == '-' && digits(s, at + 8, 2)
                && (s.charAt(at + 10) == ' ' || s.charAt(at + 10) == 'T') && isTime(s, at + 11);
    }

    // HH:mm:ss at offset
    static boolean isTime(String s, int at) {
        return s.length() >= at + 8 && digits(s, at, 2) && s.charAt(at + 2) == ':' && digits(s, at + 3, 2)
                && s.charAt(at + 5) == ':' && digits(s, at + 6, 2);
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
