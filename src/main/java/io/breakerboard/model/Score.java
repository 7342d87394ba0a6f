package io.breakerboard.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One judgement of an execution's quality: a reviewer's rating, an evaluator's score, a rubric check, user feedback.
 *
 * @param name         what was judged ({@code correctness}, {@code root_cause_found}, {@code user-feedback}); never blank
 * @param value        the numeric value, on 0..1 when the source said its range ({@link #normalised}); null when the
 *                     score is only a label or a flag; never NaN or infinite
 * @param label        a categorical value ({@code correct}, {@code hallucinated}); may be null
 * @param flag         a boolean value; may be null
 * @param source       who or what gave it
 * @param comment      the reviewer's or evaluator's explanation; redacted like every text; may be null
 * @param at           when it was given; may be null when the log does not say
 */
public record Score(String name, Double value, String label, Boolean flag, ScoreSource source, String comment,
                    Instant at) {
    /** Longest name kept; longer names are cut. */
    public static final int MAX_NAME = 200;

    public Score {
        name = name == null || name.isBlank() ? "score" : name.strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        if (value != null && !Double.isFinite(value)) {
            value = null;
        }
        if (flag != null && value == null) {
            value = flag ? 1.0 : 0.0;
        }
        source = source == null ? ScoreSource.FEEDBACK : source;
        Objects.requireNonNull(name);
    }

    /** A numeric score. */
    public static Score numeric(String name, double value, ScoreSource source, String comment, Instant at) {
        return new Score(name, value, null, null, source, comment, at);
    }

    /**
     * A numeric score brought onto 0..1 from the range {@code min..max} its source declares (a 1–5 rating becomes
     * 0, 0.25 … 1), clamped to that range.
     */
    public static Score normalised(String name, double raw, double min, double max, ScoreSource source,
                                   String comment, Instant at) {
        if (!(max > min)) {
            throw new IllegalArgumentException("score range " + min + ".." + max + " is empty");
        }
        double v = (Math.min(max, Math.max(min, raw)) - min) / (max - min);
        return numeric(name, v, source, comment, at);
    }

    /** Whether the score has a number to average (a boolean counts as 0 or 1). */
    public boolean hasValue() {
        return value != null;
    }

    /** This score with another comment (the redacted one). */
    public Score withComment(String text) {
        return new Score(name, value, label, flag, source, text, at);
    }
}
