package io.breakerboard.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.ingest.Sample;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Scores a sample for a JSON-lines format: the share of its first lines that are JSON objects this format
 * recognises. A file with a few broken lines still scores high; one stray matching line scores low.
 */
final class JsonLineSniffer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LINES = 20;

    private JsonLineSniffer() {
    }

    /**
     * @param certain score when every line checked matches
     * @param mine    decides whether one parsed object belongs to the format
     */
    static int score(Sample sample, int certain, Predicate<JsonNode> mine) {
        if (sample.binary() || sample.lines().isEmpty()) {
            return 0;
        }
        int checked = 0, matched = 0;
        for (String line : sample.lines()) {
            if (checked == LINES) {
                break;
            }
            String t = line.strip();
            if (t.isEmpty() || t.charAt(0) != '{') {
                checked++;
                continue;
            }
            checked++;
            try {
                JsonNode node = MAPPER.readTree(t);
                if (node != null && node.isObject() && mine.test(node)) {
                    matched++;
                }
            } catch (IOException notJsonOrCut) {
                // counts as checked and not matched
            }
        }
        if (matched == 0) {
            return 0;
        }
        if (matched * 2 >= checked) {
            return certain;
        }
        return certain / 2;
    }

    /** True when the field is present and not null. */
    static boolean has(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }
}
