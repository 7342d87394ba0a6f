package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.MalformedLogException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignTelemetryFormatTest {

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "foreign/jaeger-ui.json  | Jaeger UI JSON | api_v3",
        "foreign/zipkin-v2.json  | Zipkin v2 JSON | export OTLP instead",
        "foreign/otlp-logs.json  | OTLP/JSON logs | resourceSpans",
    })
    void telemetryThatIsNoAgentTraceIsRefusedNamingWhatItIsAndWhatToExport(String path, String what, String advice) {
        LogFormat format = Parsed.detect(Formats.all(), Parsed.sample("upload.json", Parsed.text(path)));

        assertThat(format.id()).isEqualTo("foreign-telemetry");
        assertThatThrownBy(() -> Parsed.fixture(format, path)).isInstanceOf(MalformedLogException.class)
                .hasMessageContaining(what).hasMessageContaining("not an agent trace").hasMessageContaining(advice);
    }
}
