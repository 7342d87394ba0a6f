package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Traces fetched from a trace back-end's API come wrapped; the OTLP document inside is imported as such. */
class OtlpBackendAnswersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "otlp/jaeger-apiv3.json, otlp:5b8efff798038103d269b633813fc60c",
        "otlp/tempo-v2-trace.json, otlp:5b8efff798038103d269b633813fc60c",
        "otlp/tempo-v1-batches.json, otlp:5b8efff798038103d269b633813bc60c",
    })
    void theWrappedDocumentIsDetectedAndImported(String path, String key) throws Exception {
        assertThat(Parsed.detect(Formats.all(), Parsed.sample("answer.json", Parsed.text(path))).id())
                .isEqualTo("otlp-json");

        Parsed parsed = Parsed.fixture(new OtlpJsonFormat(), path);
        Execution e = parsed.execution(key);

        assertThat(parsed.rejects()).isEmpty();
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.steps()).singleElement().extracting(s -> s.kind()).isEqualTo(StepKind.LLM_CALL);
        assertThat(e.inputTokens()).isEqualTo(70);
        assertThat(e.outputTokens()).isEqualTo(7);
    }
}
