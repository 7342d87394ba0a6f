package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityAccumulatorTest {
    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    @Test
    void theQualityRowComesFromScoresToolCallsCritiquesAndRecalls() {
        QualityAccumulator acc = new QualityAccumulator();
        // sre: found the cause after one revision, recalled a past incident, 4 tool calls with 1 failure
        acc.add(QualityFacts.of(execution("a", "sre", T0, 4, 1,
                flag("root_cause_found", true, ScoreSource.RUBRIC),
                Score.numeric("helpfulness", 0.5, ScoreSource.HUMAN, null, null)),
                List.of(recall("2"), critique(), critique())));
        // sre: missed it, recalled nothing, accepted at the first critique
        acc.add(QualityFacts.of(execution("b", "sre", T0.plusSeconds(600), 6, 0,
                flag("Root-Cause", false, ScoreSource.EVALUATOR)), List.of(recall("0"), critique())));
        // billing: no scores at all, 10 tool calls with 5 failures, an imported recall that returned text
        acc.add(QualityFacts.of(execution("c", "billing", T0.plusSeconds(1200), 10, 5),
                List.of(Step.builder(StepKind.MEMORY_RECALL).name("vector-store").output("2 matches").build())));

        QualityReport r = acc.report();

        QualityStats all = r.total();
        assertThat(all.executions()).isEqualTo(3);
        assertThat(all.scored()).isEqualTo(2);
        assertThat(all.averageScore().getAsDouble()).isCloseTo((1 + 0.5 + 0) / 3, within(1e-9));
        assertThat(all.toolSuccessRate().getAsDouble()).isCloseTo(1 - 6.0 / 20, within(1e-9));
        assertThat(all.revisionRate().getAsDouble()).isEqualTo(0.5);
        assertThat(all.rootCauseRate().getAsDouble()).isEqualTo(0.5);
        assertThat(all.humanReviewRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(all.memoryRecallRate().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.agents()).extracting(QualityStats::agent).containsExactly("billing", "sre");
        QualityStats billing = r.agents().get(0);
        assertThat(billing.averageScore()).as("no score: no average, not 0").isEmpty();
        assertThat(billing.rootCauseRate()).isEmpty();
        assertThat(billing.revisionRate()).isEmpty();
        assertThat(billing.toolSuccessRate().getAsDouble()).isEqualTo(0.5);
        assertThat(r.hasScores()).isTrue();
    }

    @Test
    void theAverageScoreOverTimeHasOneBucketPerMinuteWithScoresAndTheAgentsInIt() {
        QualityAccumulator acc = new QualityAccumulator();
        acc.add(QualityFacts.of(execution("a", "sre", T0, 0, 0, Score.numeric("q", 1, ScoreSource.RUBRIC, null, null)), List.of()));
        acc.add(QualityFacts.of(execution("b", "ops", T0.plusSeconds(10), 0, 0, Score.numeric("q", 0, ScoreSource.RUBRIC, null, null)), List.of()));
        acc.add(QualityFacts.of(execution("c", "sre", T0.plusSeconds(180), 0, 0, Score.numeric("q", 0.5, ScoreSource.HUMAN, null, null)), List.of()));
        acc.add(QualityFacts.of(execution("d", "sre", T0.plusSeconds(240), 0, 0), List.of()));

        QualityReport r = acc.report();

        assertThat(r.bucket()).isEqualTo(Duration.ofMinutes(1));
        assertThat(r.series()).extracting(QualityReport.Point::start).containsExactly(T0, T0.plusSeconds(180));
        assertThat(r.series().get(0).averageScore()).isEqualTo(0.5);
        assertThat(r.series().get(0).byAgent()).isEqualTo(Map.of("sre", 1.0, "ops", 0.0));
        assertThat(r.series().get(1).byAgent()).isEqualTo(Map.of("sre", 0.5));
    }

    @Test
    void withoutScoresTheReportSaysSoAndHasNoSeries() {
        QualityAccumulator acc = new QualityAccumulator();
        acc.add(QualityFacts.of(execution("a", "sre", T0, 2, 0), List.of()));

        QualityReport r = acc.report();

        assertThat(r.hasScores()).isFalse();
        assertThat(r.series()).isEmpty();
        assertThat(r.total().toolSuccessRate().getAsDouble()).isEqualTo(1.0);
    }

    private static Execution execution(String key, String agent, Instant at, int toolCalls, int toolFailures,
                                       Score... scores) {
        return Execution.builder(key).agent(agent).startedAt(at).toolCalls(toolCalls).toolFailures(toolFailures)
                .scores(List.of(scores)).build();
    }

    private static Score flag(String name, boolean v, ScoreSource source) {
        return new Score(name, null, null, v, source, null, null);
    }

    private static Step recall(String recalled) {
        return Step.builder(StepKind.MEMORY_RECALL).name("episodic-memory").output("…")
                .attributes(Map.of("recalled", recalled)).build();
    }

    private static Step critique() {
        return Step.builder(StepKind.REASONING).name(QualityFacts.CRITIQUE).build();
    }
}
