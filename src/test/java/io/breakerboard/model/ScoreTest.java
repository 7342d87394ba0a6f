package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void aRatingOnADeclaredRangeIsBroughtOntoZeroToOneAndClamped() {
        assertThat(Score.normalised("stars", 4, 1, 5, ScoreSource.HUMAN, null, null).value()).isEqualTo(0.75);
        assertThat(Score.normalised("stars", 9, 1, 5, ScoreSource.HUMAN, null, null).value()).isEqualTo(1.0);
        assertThatThrownBy(() -> Score.normalised("stars", 1, 5, 5, ScoreSource.HUMAN, null, null))
                .hasMessageContaining("5.0..5.0");
    }

    @Test
    void aFlagCountsAsOneOrZeroAndNonFiniteValuesAreDropped() {
        assertThat(new Score("ok", null, null, false, ScoreSource.EVALUATOR, null, null).value()).isEqualTo(0.0);
        assertThat(new Score("x", Double.NaN, "good", null, null, null, null).value()).isNull();
        assertThat(new Score(" ", 1.0, null, null, null, null, null).name()).isEqualTo("score");
        assertThat(new Score("x", 1.0, null, null, null, null, null).source()).isEqualTo(ScoreSource.FEEDBACK);
    }

    @Test
    void anExecutionHasNoScoresUnlessGivenAndKeepsThemThroughItsCopies() {
        Execution plain = Execution.builder("k").startedAt(Instant.EPOCH).build();
        Score s = Score.numeric("q", 0.5, ScoreSource.RUBRIC, "because", Instant.EPOCH);
        Execution scored = plain.toBuilder().addScore(s).build();

        assertThat(plain.scores()).isEmpty();
        assertThat(scored.withOrigin("f", "pipe").scores()).containsExactly(s);
        assertThat(scored.withStepCount(4).scores()).containsExactly(s);
        assertThat(scored.toBuilder().build().scores()).containsExactly(s);
    }

    @Test
    void theRedactorMasksSecretsInCommentsAndLabels() {
        Score s = new Score("q", null, "token sk-ant-api03-abcdefghijklmnopqrstuvwx", null, ScoreSource.HUMAN,
                "mail bob@example.com", null);
        Execution e = Execution.builder("k").startedAt(Instant.EPOCH).addScore(s).build();

        List<Score> redacted = Redactor.DEFAULT.redact(e).scores();

        assertThat(redacted.get(0).comment()).isEqualTo("mail " + Redactor.EMAIL_MASK);
        assertThat(redacted.get(0).label()).doesNotContain("sk-ant-api03");
    }
}
