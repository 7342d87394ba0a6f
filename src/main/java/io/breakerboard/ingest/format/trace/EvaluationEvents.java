package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.Instant;
import java.util.Map;

/**
 * OpenTelemetry GenAI evaluation results: the {@code gen_ai.evaluation.result} event (a span event or a log
 * record) with {@code gen_ai.evaluation.name}, {@code gen_ai.evaluation.score.value},
 * {@code gen_ai.evaluation.score.label} and {@code gen_ai.evaluation.explanation}. The semantic conventions give
 * the value no range, so it is kept as sent.
 */
public final class EvaluationEvents {
    /** The event's name. */
    public static final String EVENT = "gen_ai.evaluation.result";

    private EvaluationEvents() {
    }

    public static boolean isEvaluation(String eventName) {
        return EVENT.equals(eventName);
    }

    /** The event's score, or null when it names neither a value nor a label. */
    public static Score score(Map<String, String> attributes, Instant at) {
        Double value = Numbers.parseDouble(attributes.get("gen_ai.evaluation.score.value"));
        String label = attributes.get("gen_ai.evaluation.score.label");
        if (value == null && label == null) {
            return null;
        }
        String name = attributes.get("gen_ai.evaluation.name");
        return new Score(name, value, Texts.cut(label, 1_000), null, ScoreSource.EVALUATOR,
                Texts.cut(attributes.get("gen_ai.evaluation.explanation"), Texts.MAX_COMMENT), at);
    }
}
