package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns logged values into bounded text for steps and tasks. */
public final class Texts {
    /** Longest input or output kept on a step; the full text stays in the source file. */
    public static final int MAX_TEXT = 4000;
    /** Longest attribute value kept on a step. */
    public static final int MAX_ATTRIBUTE = 256;
    /** Longest score comment kept (what the store holds). */
    public static final int MAX_COMMENT = 4_000;
    /** Longest task kept on an execution. */
    public static final int MAX_TASK = 1000;

    private Texts() {
    }

    /** The text cut to {@code max} characters with a marker; null and blank stay null. */
    public static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…[cut " + (text.length() - max) + " chars]";
    }

    /** A JSON value as text: strings as they are, anything else as compact JSON; null when absent. */
    public static String of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /**
     * The readable text of message content: a string, or the {@code text} of each part of a content-part list
     * (text, input_text, output_text, summary_text, tool results), joined by new lines. Falls back to JSON.
     */
    public static String content(JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return null;
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : content) {
                String t = part.isTextual() ? part.asText() : Json.text(part, "text", "content");
                if (t == null && part.has("content") && part.get("content").isArray()) {
                    t = content(part.get("content"));
                }
                if (t != null) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(t);
                }
            }
            return sb.length() > 0 ? sb.toString() : content.toString();
        }
        if (content.isObject()) {
            String t = Json.text(content, "text", "content");
            return t != null ? t : content.toString();
        }
        return content.asText();
    }

    /**
     * What a user asked, from a logged input: plain text as it is; in a JSON input (a message list, or an object
     * with {@code messages}, {@code prompt}, {@code input}, {@code question} or {@code query}) the last user
     * message. Null when a JSON input holds no user text (e.g. {@code {"args": []}}).
     */
    public static String prompt(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String t = input.strip();
        if (t.startsWith("\"") && t.endsWith("\"") && t.length() > 1) {
            // JSON encoded twice, as Langfuse stores some inputs.
            try {
                return prompt(Json.parse(t).asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return input;
            }
        }
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return input;
        }
        try {
            return promptOf(Json.parse(t), 0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return input;
        }
    }

    private static String promptOf(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? null : node.asText();
        }
        if (node.isArray()) {
            String last = null;
            for (JsonNode m : node) {
                String text = userText(m);
                if (text != null) {
                    last = text;
                }
            }
            return last;
        }
        if (node.isObject()) {
            String own = userText(node);
            if (own != null) {
                return own;
            }
            for (String key : new String[] {"messages", "prompt", "input", "question", "query", "inputs",
                    "new_message", "contents"}) {
                String v = promptOf(node.get(key), depth + 1);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    // The text of one message when it is the user's.
    private static String userText(JsonNode m) {
        String role = Json.text(m, "role", "type");
        if (role == null || !(role.equalsIgnoreCase("user") || role.equalsIgnoreCase("human"))) {
            return null;
        }
        JsonNode c = Json.field(m, "content", "parts", "text");
        String text = c != null && c.isArray() ? partsText(c) : content(c);
        return text == null || text.isBlank() ? null : text;
    }

    private static String partsText(JsonNode parts) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : parts) {
            String t = p.isTextual() ? p.asText() : Json.text(p, "content", "text");
            if (t != null) {
                sb.append(sb.length() > 0 ? "\n" : "").append(t);
            }
        }
        return sb.length() > 0 ? sb.toString() : null;
    }

    /** The first line of the text, trimmed; "" for null. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).trim();
    }
}
