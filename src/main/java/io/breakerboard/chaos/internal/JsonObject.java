package io.breakerboard.chaos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON object of an experiment file being read, with its path ({@code method.faults[0]}), so every error names
 * the place and says what is wanted there. Unknown field names are errors: a misspelt tolerance would otherwise
 * be silently ignored.
 */
public final class JsonObject {
    private final JsonNode node;
    private final String path;

    public JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
        if (node == null || !node.isObject()) {
            throw error(path.isEmpty() ? "the experiment must be a JSON object { … }" : "must be a JSON object { … }");
        }
    }

    /** Fails on a field not in {@code known}. */
    public JsonObject only(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(at(name) + ": unknown field; known here: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return this;
    }

    public boolean has(String name) {
        return node.hasNonNull(name);
    }

    public String text(String name, boolean required) {
        JsonNode v = field(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at(name) + ": must be text in quotes, got " + v);
        }
        return v.asText();
    }

    public double number(String name, double fallback) {
        JsonNode v = field(name, false);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(at(name) + ": must be a number, got " + v);
        }
        return v.asDouble();
    }

    public long whole(String name, long fallback) {
        JsonNode v = field(name, false);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException(at(name) + ": must be a whole number, got " + v);
        }
        return v.asLong();
    }

    public Duration duration(String name, Duration fallback) {
        String text = text(name, fallback == null);
        if (text == null) {
            return fallback;
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at(name) + ": '" + text + "' is not an ISO-8601 duration; write it like "
                    + "PT30S, PT5M or PT1H30M");
        }
    }

    public JsonObject object(String name) {
        return new JsonObject(field(name, true), at(name));
    }

    /** Each element of an array field through {@code read}, which gets the element with its path. */
    public <T> List<T> array(String name, boolean required, Function<Element, T> read) {
        JsonNode v = field(name, required);
        List<T> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(at(name) + ": must be a list [ … ], got " + v);
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(read.apply(new Element(v.get(i), at(name) + "[" + i + "]")));
        }
        return out;
    }

    /** An object of whole-number weights: {@code {"sre-triage": 1}}. */
    public Map<String, Integer> weights(String name) {
        JsonNode v = field(name, true);
        if (!v.isObject()) {
            throw new IllegalArgumentException(at(name) + ": must be an object of weights, e.g. {\"sre-triage\": 1}");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isIntegralNumber()) {
                throw new IllegalArgumentException(at(name) + "." + e.getKey() + ": must be a whole-number weight, got "
                        + e.getValue());
            }
            out.put(e.getKey(), e.getValue().asInt());
        }
        return out;
    }

    /**
     * Runs {@code build} (a record constructor, its parts already read) and names this object's path in any error
     * it raises.
     */
    public <T> T build(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** An error at this object. */
    public IllegalArgumentException error(String reason) {
        return new IllegalArgumentException((path.isEmpty() ? "experiment" : path) + ": " + reason);
    }

    public String path() {
        return path;
    }

    private JsonNode field(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(at(name) + ": missing; it is required here");
            }
            return null;
        }
        return v;
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** One element of a list, with its path. */
    public record Element(JsonNode node, String path) {
        public JsonObject object() {
            return new JsonObject(node, path);
        }

        public String text() {
            if (!node.isTextual()) {
                throw new IllegalArgumentException(path + ": must be text in quotes, got " + node);
            }
            return node.asText();
        }
    }
}
