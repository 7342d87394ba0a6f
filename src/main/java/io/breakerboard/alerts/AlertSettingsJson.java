package io.breakerboard.alerts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.alerts.internal.DurationJson;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link AlertSettings} as JSON. Settings missing from the text take their defaults, so a file
 * written by an older version still loads; unknown names are ignored for the same reason.
 */
public final class AlertSettingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(DurationJson.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private AlertSettingsJson() {
    }

    /** Pretty-printed JSON of every setting. */
    public static String write(AlertSettings settings) {
        try {
            return MAPPER.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert settings could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads settings, filling what the text leaves out from {@link AlertSettings#DEFAULTS}.
     *
     * @param origin where the text came from, named in errors (a file path or a table)
     * @throws IllegalArgumentException naming the origin, the place in the text and what is wrong
     */
    public static AlertSettings read(String json, String origin) {
        JsonNode given;
        try {
            given = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("alert settings in " + origin + " are not valid JSON" + where + ": "
                    + e.getOriginalMessage() + "; fix the text or remove it to return to the defaults", e);
        }
        if (given == null || !given.isObject()) {
            throw new IllegalArgumentException("alert settings in " + origin
                    + " must be a JSON object; remove the text to return to the defaults");
        }
        ObjectNode merged = MAPPER.valueToTree(AlertSettings.DEFAULTS);
        overlay(merged, (ObjectNode) given);
        try {
            return MAPPER.treeToValue(merged, AlertSettings.class);
        } catch (JsonMappingException e) {
            Throwable root = rootCause(e);
            if (root instanceof IllegalArgumentException invalid) {
                throw new IllegalArgumentException("alert settings in " + origin + ": " + invalid.getMessage()
                        + "; correct that value", invalid);
            }
            throw new IllegalArgumentException("alert settings in " + origin + ": " + path(e) + ": "
                    + reason(e) + "; correct that value", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("alert settings in " + origin + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void overlay(ObjectNode base, ObjectNode top) {
        for (Map.Entry<String, JsonNode> f : top.properties()) {
            JsonNode old = base.get(f.getKey());
            if (old instanceof ObjectNode oldObject && f.getValue() instanceof ObjectNode newObject) {
                overlay(oldObject, newObject);
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** Jackson's own words without its advice on configuring Jackson, which a user cannot act on. */
    private static String reason(JsonMappingException e) {
        String m = e.getOriginalMessage();
        int advice = m.indexOf(" (set DeserializationConfig");
        return advice < 0 ? m : m.substring(0, advice);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
