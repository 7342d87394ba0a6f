package io.breakerboard.ingest.format.langfuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Langfuse scores: the {@code scores} array of a trace download (on the trace, beside it, or on an observation),
 * each {@code {"name", "value", "stringValue", "dataType": NUMERIC|BOOLEAN|CATEGORICAL, "source":
 * ANNOTATION|API|EVAL, "comment", "timestamp"}}. A BOOLEAN score is a flag (value 1 or 0), a CATEGORICAL one a
 * label; a NUMERIC value is kept as sent (its range lives in a score config the download does not hold). Entries
 * that are ids only (the trace list API's shape) carry nothing to read and are skipped.
 */
final class LangfuseScores {
    private LangfuseScores() {
    }

    /** The scores of every array given (null entries are absent arrays), each score id once. */
    static List<Score> read(List<JsonNode> arrays) {
        List<Score> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode array : arrays) {
            if (array == null || !array.isArray()) {
                continue;
            }
            for (JsonNode s : array) {
                String id = Json.text(s, "id");
                if (s.isObject() && (id == null || seen.add(id))) {
                    Score score = score(s);
                    if (score != null) {
                        scores.add(score);
                    }
                }
            }
        }
        return scores;
    }

    static Score score(JsonNode s) {
        String type = upper(Json.text(s, "dataType"));
        Double value = Json.doubleField(s, "value");
        String text = Json.text(s, "stringValue");
        if (text == null && Json.field(s, "value") != null && Json.field(s, "value").isTextual()) {
            text = Json.text(s, "value");
            value = null;
        }
        Boolean flag = null;
        String label = null;
        if ("BOOLEAN".equals(type)) {
            flag = value != null ? value != 0 : text != null ? Boolean.valueOf("true".equalsIgnoreCase(text)) : null;
            value = null;
        } else if ("CATEGORICAL".equals(type)) {
            // Its number is the category's place in the score config, not a measure to average.
            label = text;
            value = null;
        } else if (value == null) {
            label = text;
        }
        if (value == null && flag == null && label == null) {
            return null;
        }
        return new Score(Json.text(s, "name"), value, Texts.cut(label, 1_000), flag, source(upper(Json.text(s, "source"))),
                Texts.cut(Json.text(s, "comment"), Texts.MAX_COMMENT), time(Json.field(s, "timestamp", "createdAt")));
    }

    private static ScoreSource source(String source) {
        if (source == null) {
            return ScoreSource.FEEDBACK;
        }
        return switch (source) {
            case "ANNOTATION" -> ScoreSource.ANNOTATION;
            case "EVAL" -> ScoreSource.EVALUATOR;
            default -> ScoreSource.FEEDBACK;
        };
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static Instant time(JsonNode v) {
        try {
            return Json.instant(v);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }
}
