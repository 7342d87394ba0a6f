package io.breakerboard.engine.tool.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request to run a tool. Arguments are kept sorted so equal calls have equal keys (for the cache, loop
 * detection and the checkpoint journal). Immutable; the canonical JSON of the arguments is computed once.
 */
public final class ToolCall {
    private final String tool;
    private final Map<String, String> args;
    private final String argsJson;

    /**
     * @param tool tool name
     * @param args arguments by name
     */
    public ToolCall(String tool, Map<String, String> args) {
        this.tool = Objects.requireNonNull(tool, "tool");
        this.args = args == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(args));
        this.argsJson = json(this.args);
    }

    public static ToolCall of(String tool, String... keyValues) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new ToolCall(tool, m);
    }

    public String tool() {
        return tool;
    }

    /** Arguments in name order. */
    public Map<String, String> args() {
        return args;
    }

    /** Identity of the call: tool and canonical arguments. */
    public String key() {
        return tool + argsJson;
    }

    /** Arguments as a compact JSON object, in name order. */
    public String argsJson() {
        return argsJson;
    }

    private static String json(Map<String, String> args) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : args.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(escape(e.getKey())).append("\":\"").append(escape(e.getValue())).append('"');
        }
        return sb.append('}').toString();
    }

    /** JSON string escaping, control characters included: a model's argument may hold a line break. */
    private static String escape(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToolCall c && c.tool.equals(tool) && c.argsJson.equals(argsJson);
    }

    @Override
    public int hashCode() {
        return tool.hashCode() * 31 + argsJson.hashCode();
    }

    @Override
    public String toString() {
        return tool + argsJson;
    }
}
