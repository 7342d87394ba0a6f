package io.breakerboard.ingest.format;

import java.util.Map;

/**
 * One line of a pipe-delimited log, split but not yet interpreted.
 *
 * @param dated    true when the line carries a full date ({@code 2024-10-15 14:23:01}), false for {@code [14:23:01]}
 * @param time     the time text as written, without brackets
 * @param event    the event name as written, e.g. {@code TOOL_CALL}
 * @param fields   {@code key=value} pairs in line order, quotes removed
 * @param text     free text segments (without {@code =}), joined by {@code " | "}; null when none
 */
record PipeLine(boolean dated, String time, String event, Map<String, String> fields, String text) {

    String field(String... names) {
        for (String n : names) {
            String v = fields.get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
