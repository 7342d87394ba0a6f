package io.breakerboard.engine.tool;

import java.util.Map;
import java.util.TreeMap;

/**
 * A request to run a tool. Arguments are kept sorted so equal calls have equal keys (for the cache, loop
 * detection and the checkpoint journal).
 *
 * @param tool tool name
 * @param args arguments by name
 */
public record ToolCall(String tool, Map<String, String> args) {

    public ToolCall {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(args));
    }

    public static ToolCall of(String tool, String... keyValues) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new ToolCall(tool, m);
    }

    /** Identity of the call: tool and canonical arguments. */
    public String key() {
        return tool + argsJson();
    }

    /** Arguments as a compact JSON object, in name order. */
    public String argsJson() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : args.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(escape(e.getKey())).append("\":\"").append(escape(e.getValue())).append('"');
        }
        return sb.append('}').toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
