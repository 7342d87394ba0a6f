package io.breakerboard.ingest.format.langsmith;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LangSmith feedback on a run: the records of a {@code feedback} array ({@code key}, {@code score} as a number or a
 * boolean, {@code value} as a label, {@code comment}, {@code feedback_source.type}: {@code app} for a person in the
 * UI, {@code model} for an evaluator, {@code api} otherwise), and for keys with no record there, the run's
 * {@code feedback_stats} aggregate ({@code {"key": {"n", "avg"}}}) as one score holding the average. Scores are
 * kept as sent: feedback declares no range.
 */
final class LangSmithFeedback {
    private LangSmithFeedback() {
    }

    static void read(JsonNode run, SpanRecord r) {
        Set<String> keys = new HashSet<>();
        JsonNode records = Json.field(run, "feedback");
        if (records != null && records.isArray()) {
            for (JsonNode f : records) {
                Score s = record(f);
                if (s != null) {
                    keys.add(s.name());
                    r.score(s);
                }
            }
        }
        JsonNode stats = Json.field(run, "feedback_stats");
        if (stats != null && stats.isObject()) {
            for (Map.Entry<String, JsonNode> e : stats.properties()) {
                if (!keys.contains(e.getKey().strip())) {
                    r.score(aggregate(e.getKey(), e.getValue()));
                }
            }
        }
    }

    private static Score record(JsonNode f) {
        if (f == null || !f.isObject()) {
            return null;
        }
        JsonNode scoreNode = Json.field(f, "score");
        Double value = null;
        Boolean flag = null;
        if (scoreNode != null && scoreNode.isBoolean()) {
            flag = scoreNode.booleanValue();
        } else {
            value = Json.doubleValue(scoreNode);
        }
        JsonNode valueNode = Json.field(f, "value");
        String label = valueNode != null && valueNode.isValueNode() ? Json.text(f, "value") : null;
        if (value == null && flag == null && label == null) {
            return null;
        }
        return new Score(Json.text(f, "key"), value, Texts.cut(label, 1_000), flag,
                source(Json.text(Json.field(f, "feedback_source"), "type")),
                Texts.cut(Json.text(f, "comment"), Texts.MAX_COMMENT), time(Json.field(f, "modified_at", "created_at")));
    }

    private static Score aggregate(String key, JsonNode stat) {
        Double avg = Json.doubleField(stat, "avg");
        if (avg == null) {
            return null;
        }
        Long n = Json.longField(stat, "n");
        String comment = n == null ? null : "average of " + n + " feedback" + (n == 1 ? "" : "s");
        return new Score(key, avg, null, null, ScoreSource.FEEDBACK, comment, null);
    }

    private static ScoreSource source(String type) {
        if (type == null) {
            return ScoreSource.FEEDBACK;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "app" -> ScoreSource.ANNOTATION;
            case "model", "auto_eval" -> ScoreSource.EVALUATOR;
            default -> ScoreSource.FEEDBACK;
        };
    }

    private static Instant time(JsonNode v) {
        try {
            return Json.instant(v);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }
}
