package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;

/**
 * Phoenix / OpenInference span annotations: {@code {"name", "annotator_kind": "HUMAN"|"LLM"|"CODE",
 * "result": {"label", "score", "explanation"}}} (the REST API's shape; the flat columns {@code result.label} …
 * and {@code label}/{@code score}/{@code explanation} at the top are read too). A person's annotation is a human
 * score; an LLM's or code's is an evaluator's. The score is kept as sent: annotations declare no range.
 */
public final class SpanAnnotations {
    private SpanAnnotations() {
    }

    /** Adds each annotation of {@code annotations} (an array) to the span's scores. */
    public static void read(JsonNode annotations, SpanRecord r) {
        if (annotations == null || !annotations.isArray()) {
            return;
        }
        for (JsonNode a : annotations) {
            r.score(score(a));
        }
    }

    /** The annotation's score, or null when it has neither a score nor a label. */
    public static Score score(JsonNode a) {
        if (a == null || !a.isObject()) {
            return null;
        }
        JsonNode result = Json.field(a, "result");
        JsonNode holder = result != null && result.isObject() ? result : a;
        Double value = Json.doubleField(holder, "score");
        if (value == null) {
            value = Json.doubleField(a, "result.score");
        }
        String label = Json.text(holder, "label");
        if (label == null) {
            label = Json.text(a, "result.label");
        }
        if (value == null && label == null) {
            return null;
        }
        String explanation = Json.text(holder, "explanation");
        if (explanation == null) {
            explanation = Json.text(a, "result.explanation");
        }
        String kind = Json.text(a, "annotator_kind", "annotatorKind");
        ScoreSource source = kind != null && kind.toUpperCase(Locale.ROOT).equals("HUMAN") ? ScoreSource.HUMAN
                : ScoreSource.EVALUATOR;
        return new Score(Json.text(a, "name"), value, Texts.cut(label, 1_000), null, source,
                Texts.cut(explanation, Texts.MAX_COMMENT), time(Json.field(a, "updated_at", "created_at")));
    }

    private static Instant time(JsonNode v) {
        try {
            return Json.instant(v);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }
}
