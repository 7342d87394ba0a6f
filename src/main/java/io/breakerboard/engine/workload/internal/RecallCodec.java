package io.breakerboard.engine.workload.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes of a memory-recall step as the JSON the checkpoint journal keeps them in. */
public final class RecallCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private RecallCodec() {
    }

    public static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write recall attributes as JSON: " + e.getMessage(), e);
        }
    }

    public static Map<String, String> attributes(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the journaled memory recall is not the JSON it was written as: "
                    + e.getMessage(), e);
        }
    }
}
