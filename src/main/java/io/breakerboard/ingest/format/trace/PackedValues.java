package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Reads attribute values that pack several values into one string: JSON objects (Braintrust's
 * {@code braintrust.metrics}) and Python dict reprs ({@code {'prompt_tokens': 412, 'x': None}}) that
 * instrumentations write with {@code str(dict)}.
 */
public final class PackedValues {
    private PackedValues() {
    }

    /** The packed object, or null when the text is not a JSON object or a Python dict literal. */
    public static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            return null;
        }
        try {
            return Json.parse(t);
        } catch (JsonProcessingException notJson) {
            try {
                return Json.parse(pythonToJson(t));
            } catch (JsonProcessingException notPython) {
                return null;
            }
        }
    }

    /** Adds every leaf of the object under {@code prefix.} + its dotted path, without replacing keys already set. */
    public static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix + "." + e.getKey(), e.getValue(), into);
            }
        } else {
            into.putIfAbsent(prefix, Texts.of(node));
        }
    }

    // Rewrites a Python literal's quotes and constants so Jackson can read it; strings keep their content.
    static String pythonToJson(String py) {
        StringBuilder out = new StringBuilder(py.length() + 16);
        int i = 0;
        int n = py.length();
        while (i < n) {
            char c = py.charAt(i);
            if (c == '\'' || c == '"') {
                char quote = c;
                out.append('"');
                i++;
                while (i < n && py.charAt(i) != quote) {
                    char s = py.charAt(i);
                    if (s == '\\' && i + 1 < n) {
                        char next = py.charAt(i + 1);
                        out.append(next == '\'' ? "'" : "\\" + next);
                        i += 2;
                        continue;
                    }
                    out.append(s == '"' ? "\\\"" : String.valueOf(s));
                    i++;
                }
                out.append('"');
                i++;
            } else if (py.startsWith("None", i)) {
                out.append("null");
                i += 4;
            } else if (py.startsWith("True", i)) {
                out.append("true");
                i += 4;
            } else if (py.startsWith("False", i)) {
                out.append("false");
                i += 5;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
