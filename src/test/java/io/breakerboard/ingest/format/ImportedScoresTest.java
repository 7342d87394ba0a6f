package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.format.langfuse.LangfuseFormat;
import io.breakerboard.ingest.format.langsmith.LangSmithFormat;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Quality scores each trace format carries become the scores of the execution they judge. */
class ImportedScoresTest {
    @Test
    void langfuseScoresOfTheTraceAndItsObservationsAreReadOnceEachByDataType() throws Exception {
        Execution e = Parsed.fixture(new LangfuseFormat(), "scores/langfuse-scores.json").only();

        assertThat(e.scores()).extracting(Score::name, Score::value, Score::label, Score::flag, Score::source)
                .containsExactly(
                        tuple("helpfulness", 0.8, null, null, ScoreSource.ANNOTATION),
                        tuple("root_cause_found", 1.0, null, true, ScoreSource.EVALUATOR),
                        tuple("tone", null, "polite", null, ScoreSource.FEEDBACK),
                        tuple("faithful", 0.0, null, false, ScoreSource.EVALUATOR));
        assertThat(e.scores().get(0).comment()).startsWith("good, mail");
        assertThat(e.scores().get(0).at()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void langSmithFeedbackRecordsComeFirstAndStatsFillInTheKeysWithoutRecords() throws Exception {
        Execution e = Parsed.fixture(new LangSmithFormat(), "scores/langsmith-feedback.json").only();

        assertThat(e.scores()).extracting(Score::name, Score::value, Score::label, Score::flag, Score::source)
                .containsExactly(
                        tuple("correctness", 1.0, null, null, ScoreSource.ANNOTATION),
                        tuple("correctness", 0.0, null, null, ScoreSource.EVALUATOR),
                        tuple("resolved", 1.0, null, true, ScoreSource.FEEDBACK),
                        tuple("category", null, "infra", null, ScoreSource.FEEDBACK),
                        tuple("user_score", 0.6667, null, null, ScoreSource.FEEDBACK));
        assertThat(e.scores().get(4).comment()).isEqualTo("average of 3 feedbacks");
    }

    @Test
    void phoenixAnnotationsAndSpanEvaluationEventsBecomeScoresOfTheTrace() throws Exception {
        LogFormat format = Parsed.detect(Formats.all(),
                Parsed.sample("spans.jsonl", Parsed.text("scores/phoenix-annotated.jsonl")));
        Execution e = Parsed.fixture(format, "scores/phoenix-annotated.jsonl").only();

        assertThat(e.agent()).isEqualTo("trip-planner");
        assertThat(e.scores()).extracting(Score::name, Score::value, Score::label, Score::source, Score::comment)
                .containsExactlyInAnyOrder(
                        tuple("correctness", 1.0, "correct", ScoreSource.HUMAN, "matches the booking"),
                        tuple("hallucination", 0.1, "factual", ScoreSource.EVALUATOR, null),
                        tuple("relevance", 0.9, null, ScoreSource.EVALUATOR, "on topic"));
    }

    @Test
    void otlpGenAiEvaluationEventsAreScoresAndOnesWithoutAValueOrLabelAreSkipped() throws Exception {
        Execution e = Parsed.fixture(new OtlpJsonFormat(), "scores/otlp-evaluation.json").only();

        assertThat(e.scores()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("root_cause_found");
            assertThat(s.value()).isEqualTo(1.0);
            assertThat(s.label()).isEqualTo("found");
            assertThat(s.comment()).isEqualTo("names the exhausted pool");
            assertThat(s.source()).isEqualTo(ScoreSource.EVALUATOR);
            assertThat(s.at()).isEqualTo(Instant.ofEpochSecond(1744275606));
        });
    }

    @Test
    void anEvaluationLogRecordOfAnAgentCliSessionIsAScoreOfTheSession() throws Exception {
        String path = "scores/cli-evaluation.jsonl";
        LogFormat format = Parsed.detect(Formats.all(), Parsed.sample("logs.jsonl", Parsed.text(path)));
        Execution e = Parsed.fixture(format, path).only();

        assertThat(e.key()).isEqualTo("otel-logs:claude-code:eval-cc");
        assertThat(e.scores()).extracting(Score::name, Score::value, Score::label, Score::comment)
                .containsExactly(tuple("task_success", 0.5, "partial", "one of two tests fixed"));
    }
}
