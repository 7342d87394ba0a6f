package io.breakerboard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Step attributes as JSON object text, keeping their order. */
final class StepJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private StepJson() {
    }

    static String write(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("step attributes cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored step attributes are not JSON: " + e.getMessage(), e);
        }
    }
}
