package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.testsupport.Executions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores are stored with their execution, read back with it, kept once, and replaced when it changes. */
class ExecutionScoresTest {
    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void scoresComeBackWithTheExecutionAndInItsLists() {
        Execution scored = Executions.scored("k-1");
        store.executions().insertNew(List.of(scored, Executions.simple("k-2", "billing", Executions.T0.plusSeconds(1))));
        store.close();
        store = Store.open(dir, Clock.systemUTC());

        Execution back = store.executions().findByKey("k-1").orElseThrow();
        assertThat(back).isEqualTo(scored);
        assertThat(back.scores().get(0).value()).isEqualTo(0.75);
        assertThat(back.scores().get(1).flag()).isTrue();
        assertThat(back.scores().get(2).label()).isEqualTo("correct");
        List<Execution> listed = store.executions().find(MetricsFilter.all(), false, 10);
        assertThat(listed).extracting(Execution::key).containsExactly("k-2", "k-1");
        assertThat(listed.get(0).scores()).isEmpty();
        assertThat(listed.get(1).scores()).isEqualTo(scored.scores());
    }

    @Test
    void importingTheSameScoredExecutionAgainAddsNoScores() throws Exception {
        store.executions().insertNew(List.of(Executions.scored("k-1")));
        InsertResult again = store.executions().insertNew(List.of(Executions.scored("k-1")));

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(scoreRows()).isEqualTo(3);
    }

    @Test
    void anExecutionThatComesBackWithOtherScoresReplacesItsScores() throws Exception {
        store.executions().insertNew(List.of(Executions.scored("k-1")));
        Execution reviewedAgain = Executions.full("k-1").toBuilder()
                .addScore(Score.numeric("helpfulness", 0.2, ScoreSource.HUMAN, "wrong order", null)).build();

        InsertResult result = store.executions().insertNew(List.of(reviewedAgain));

        assertThat(result.updated()).hasSize(1);
        assertThat(store.executions().findByKey("k-1").orElseThrow().scores())
                .containsExactly(Score.numeric("helpfulness", 0.2, ScoreSource.HUMAN, "wrong order", null));
        assertThat(scoreRows()).isEqualTo(1);
    }

    @Test
    void anExecutionWithoutScoresKeepsTheFingerprintItHadBeforeScoresWereKept() {
        Execution plain = Executions.full("k-1");
        assertThat(ExecutionFingerprint.of(plain)).isEqualTo(ExecutionFingerprint.of(plain.withScores(List.of())));
        assertThat(ExecutionFingerprint.of(Executions.scored("k-1"))).isNotEqualTo(ExecutionFingerprint.of(plain));
    }

    @Test
    void qualityReadsScoresAndOnlyTheRecallAndCritiqueStepsOfTheRange() {
        Execution investigated = Executions.simple("k-1", "sre", Executions.T0).toBuilder()
                .addStep(io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.MEMORY_RECALL)
                        .name("memory").at(Executions.T0).output("incident 12").build())
                .addStep(io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.REASONING)
                        .name("sre/critic").attributes(java.util.Map.of("purpose", "critique")).at(Executions.T0).build())
                .addStep(io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.REASONING)
                        .name("sre/planner").attributes(java.util.Map.of("purpose", "plan")).at(Executions.T0).build())
                .addStep(io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.REASONING)
                        .name("critique").at(Executions.T0).build())
                .toolCalls(4).toolFailures(1)
                .addScore(new Score("root_cause_found", null, null, true, ScoreSource.RUBRIC, null, null)).build();
        store.executions().insertNew(List.of(investigated,
                Executions.simple("k-2", "sre", Executions.T0.plusSeconds(5)),
                Executions.simple("k-old", "sre", Executions.T0.minusSeconds(7_200))));
        List<io.breakerboard.metrics.QualityFacts> facts = new java.util.ArrayList<>();

        store.executions().forEachQuality(new MetricsFilter(new io.breakerboard.metrics.TimeRange(
                Executions.T0.minusSeconds(60), Executions.T0.plusSeconds(60)), java.util.Set.of()), facts::add);

        assertThat(facts).hasSize(2);
        io.breakerboard.metrics.QualityFacts first = facts.get(1);
        assertThat(first.memoryRecalls()).isEqualTo(1);
        assertThat(first.memoryAnswered()).isEqualTo(1);
        assertThat(first.revised()).isTrue();
        assertThat(first.rootCauseFound()).isTrue();
        assertThat(first.toolCalls()).isEqualTo(4);
        assertThat(facts.get(0).scores()).isEmpty();
    }

    private long scoreRows() throws Exception {
        try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM execution_scores")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
