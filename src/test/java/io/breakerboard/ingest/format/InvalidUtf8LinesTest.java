package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.format.claude.ClaudeCodeFormat;
import io.breakerboard.ingest.format.codex.CodexFormat;
import io.breakerboard.model.Execution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A line that is not UTF-8 is quarantined by its number in every line format; it is never stored changed. */
class InvalidUtf8LinesTest {

    private static final String AUDIT = """
            {"timestamp":"2024-10-14T00:46:21.908Z","session_id":"s-1","agent":"sre-triage","agent_step":"llm_call","model":"m","tokens":{"input":7,"output":4},"cost_usd":0.001,"latency_ms":339,"success":true,"error":null}
            {"timestamp":"2024-10-14T00:46:23.945Z","session_id":"s-1","agent":"sre-triage","agent_step":"tool_call","tool_name":"search_logs","cost_usd":0,"latency_ms":592,"success":true,"error":null}
            """;
    private static final String PIPE = """
            2024-10-14 00:30:09 | AGENT_START | agent=invoice-validator | task="Check vendor bank details"
            [00:30:10] LLM_CALL | model=gpt-4o-mini | tokens=1307/249 | cost=$0.000345 | latency=2.187s
            [00:30:16] AGENT_DONE | iterations=1 | cost=$0.000345 | duration=6.056s
            """;

    static Stream<Arguments> lineFormats() {
        return Stream.of(Arguments.of(new AuditJsonlFormat(), "inline:" + AUDIT),
                Arguments.of(new PipeLogFormat(), "inline:" + PIPE),
                Arguments.of(new ClaudeCodeFormat(), "claude-code/session.jsonl"),
                Arguments.of(new CodexFormat(), "codex/rollout.jsonl"),
                Arguments.of(new OtlpJsonFormat(), "otlp/collector-lines.jsonl"),
                Arguments.of(new CsvFormat(), "other/executions.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineFormats")
    void aLineWithBytesThatAreNotUtf8IsQuarantinedAndTheRestImports(LogFormat format, String fixture)
            throws IOException {
        String text = fixture.startsWith("inline:") ? fixture.substring("inline:".length()) : Parsed.text(fixture);
        int firstEnd = text.indexOf('\n') + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, firstEnd).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', ' ', '"', 'c', 'a', 'f', (byte) 0xE9, '"', '}',
            '\n'});
        out.writeBytes(text.substring(firstEnd).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();

        Parsed parsed = Parsed.parse(format, LogSource.of(format.id(), bytes.length, () -> new ByteArrayInputStream(bytes),
                () -> false));

        assertThat(parsed.rejects()).filteredOn(r -> r.reason().startsWith("invalid UTF-8 at byte 14"))
                .extracting(Parsed.Reject::line).containsExactly(2L);
        assertThat(parsed.executions()).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).doesNotContain("\uFFFD"));
        assertThat(parsed.executions()).extracting(Execution::key).isNotEmpty();
    }
}
