package io.breakerboard.model;

import java.util.Locale;

/** Who or what gave a {@link Score}. */
public enum ScoreSource {
    /** A person judged the execution directly (a reviewer, a thumbs-up in the product). */
    HUMAN,
    /** A person's annotation in a review queue or annotation tool. */
    ANNOTATION,
    /** A model or program judged the output (LLM-as-judge, an evaluation run). */
    EVALUATOR,
    /** Checked against a rubric with a known answer (ground truth). */
    RUBRIC,
    /** Feedback sent through an API whose author the log does not say. */
    FEEDBACK;

    /** Whether a person gave the score: the executions counted by the human review rate. */
    public boolean isHuman() {
        return this == HUMAN || this == ANNOTATION;
    }

    /** Parses a stored name; anything unknown is {@link #FEEDBACK}. */
    public static ScoreSource parse(String name) {
        if (name == null) {
            return FEEDBACK;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FEEDBACK;
        }
    }
}
