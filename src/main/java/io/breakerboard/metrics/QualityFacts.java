package io.breakerboard.metrics;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What one execution contributes to the quality figures: its scores and the counts the quality row is made of.
 *
 * @param memoryRecalls  memory recall steps it made
 * @param memoryAnswered of those, the ones that returned something
 * @param critiques      critique rounds of iterative refinement (see {@link #isCritique})
 */
public record QualityFacts(String agent, Instant startedAt, int toolCalls, int toolFailures, List<Score> scores,
                           int memoryRecalls, int memoryAnswered, int critiques) {
    /** What marks a critique round; a second one means the first answer was sent back for revision. */
    public static final String CRITIQUE = "critique";
    /** The engine names its critic {@code <agent>/critic}; the store pre-selects steps by this ending. */
    public static final String CRITIC_SUFFIX = "/critic";

    public QualityFacts {
        scores = List.copyOf(scores);
    }

    /**
     * The facts of {@code e} (listed with its scores) given the steps of it that quality looks at: its memory
     * recalls and critique rounds (other steps are ignored).
     */
    public static QualityFacts of(Execution e, List<Step> qualitySteps) {
        int recalls = 0;
        int answered = 0;
        int critiques = 0;
        for (Step s : qualitySteps) {
            if (s.kind() == StepKind.MEMORY_RECALL) {
                recalls++;
                if (returnedSomething(s)) {
                    answered++;
                }
            } else if (isCritique(s)) {
                critiques++;
            }
        }
        return new QualityFacts(e.agent(), e.startedAt(), e.toolCalls(), e.toolFailures(), e.scores(), recalls,
                answered, critiques);
    }

    /**
     * Whether the step is a critique round: named {@value #CRITIQUE}, or a reasoning step whose purpose is one (the
     * engine's critic, named {@code <agent>}{@value #CRITIC_SUFFIX}).
     */
    public static boolean isCritique(Step s) {
        return CRITIQUE.equals(s.name()) || CRITIQUE.equals(s.attributes().get("purpose"));
    }

    /** Whether the execution was revised: a critique sent its answer back for another round. */
    public boolean revised() {
        return critiques > 1;
    }

    /** Whether a person scored it (a review or an annotation). */
    public boolean humanReviewed() {
        return scores.stream().anyMatch(s -> s.source().isHuman());
    }

    /** The root-cause verdict among its scores: 1 found, 0 not, null when none says. */
    public Boolean rootCauseFound() {
        for (Score s : scores) {
            if (isRootCause(s.name()) && s.value() != null) {
                return s.value() >= 0.5;
            }
        }
        return null;
    }

    /** {@code root_cause_found}, {@code root-cause}, {@code RootCauseFound}: any spelling of it. */
    static boolean isRootCause(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return n.equals("rootcausefound") || n.equals("rootcause") || n.equals("foundrootcause");
    }

    // The engine says how many episodes it recalled; other sources say it by returning text and not failing.
    private static boolean returnedSomething(Step s) {
        String recalled = s.attributes().get("recalled");
        if (recalled != null) {
            return !recalled.strip().equals("0");
        }
        return !s.failed() && s.output() != null && !s.output().isBlank();
    }
}
