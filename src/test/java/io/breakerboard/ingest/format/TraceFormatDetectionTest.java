package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.Sample;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceFormatDetectionTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "otlp/agent-trace.json, otlp-json",
        "otlp/aliases.json, otlp-json",
        "otlp/collector-lines.jsonl, otlp-json",
        "langfuse/trace.json, langfuse",
        "langfuse/list.json, langfuse",
        "langsmith/payload.json, langsmith",
        "langsmith/runs.json, langsmith",
        "atif/trajectory.json, atif",
        "atif/multi.json, atif",
        "atif/no-timestamps.json, atif",
        "claude-code/session.jsonl, claude-code",
        "claude-code/subagent.jsonl, claude-code",
        "codex/rollout.jsonl, codex",
        "otlp/jaeger-apiv3.json, otlp-json",
        "otlp/tempo-v1-batches.json, otlp-json",
        "otlp/tempo-v2-trace.json, otlp-json",
        "spans/any-agent.json, span-dump",
        "spans/console-exporter.json, span-dump",
        "spans/js-spans.json, span-dump",
        "spans/agents-sdk.jsonl, span-dump",
        "spans/mlflow.json, span-dump",
        "spans/phoenix.jsonl, span-dump",
        "gemini-cli/session.json, gemini-cli",
        "opencode/export.json, opencode",
        "foreign/jaeger-ui.json, foreign-telemetry",
        "foreign/zipkin-v2.json, foreign-telemetry",
        "foreign/otlp-logs.json, foreign-telemetry",
    })
    void eachFixtureIsDetectedAsItsOwnFormatFromContent(String path, String id) {
        // The file name is hidden so only the content can decide.
        Sample sample = Parsed.sample("upload.dat", Parsed.text(path));

        assertThat(Parsed.detect(Formats.all(), sample)).extracting(LogFormat::id).isEqualTo(id);
        int own = score(id, sample);
        for (LogFormat other : TraceFormats.list()) {
            if (!other.id().equals(id)) {
                assertThat(other.sniff(sample)).as(other.id() + " on " + path).isLessThan(own);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"other/canonical.jsonl", "other/audit.jsonl", "other/pipe.log", "other/costs.json",
            "other/executions.csv"})
    void logsOfOtherFormatsAreNotClaimedByAnyTraceFormat(String path) {
        Sample sample = Parsed.sample(path, Parsed.text(path));

        for (LogFormat f : TraceFormats.list()) {
            assertThat(f.sniff(sample)).as(f.id() + " on " + path).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "hello world\n", "[1, 2, 3]\n", "{\"just\": \"json\"}\n"})
    void emptyOrUnrelatedTextIsNotClaimed(String text) {
        Sample sample = Parsed.sample("x.json", text);

        assertThat(TraceFormats.list()).allSatisfy(f -> assertThat(f.sniff(sample)).as(f.id()).isZero());
    }

    @org.junit.jupiter.api.Test
    void binaryFilesAreNotClaimed() {
        byte[] bytes = {0, 1, 2, '{', '"', 'r', 0, 0};
        Sample sample = Sample.of("x.json", bytes, bytes.length, true);

        assertThat(TraceFormats.list()).allSatisfy(f -> assertThat(f.sniff(sample)).as(f.id()).isZero());
    }

    @org.junit.jupiter.api.Test
    void traceFormatsHaveStableDistinctIds() {
        assertThat(TraceFormats.list()).extracting(LogFormat::id)
                .containsExactly("otlp-json", "langfuse", "langsmith", "atif", "claude-code", "codex", "span-dump",
                        "gemini-cli", "opencode", "otlp-logs-agent-cli", "foreign-telemetry", "otlp-proto");
    }

    private static int score(String id, Sample sample) {
        List<LogFormat> all = TraceFormats.list();
        return all.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().sniff(sample);
    }
}
