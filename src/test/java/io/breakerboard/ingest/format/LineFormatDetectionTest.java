package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.Sample;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each line format claims its own samples, above every other line format, and none claims foreign files. */
class LineFormatDetectionTest {
    private static final Map<String, String> OWN = new LinkedHashMap<>();

    static {
        OWN.put(CanonicalJsonlFormat.ID, "{\"execution_id\":\"ex-1\",\"agent\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\","
                + "\"outcome\":\"success\",\"session_id\":\"s\",\"steps\":[{\"kind\":\"TOOL_CALL\",\"name\":\"t\"}]}\n"
                + "{\"execution_id\":\"ex-2\",\"started_at\":\"2024-10-15T14:23:02Z\"}\n");
        OWN.put(AuditJsonlFormat.ID, "{\"timestamp\":\"2024-10-15T14:23:01Z\",\"user_id\":\"u\",\"session_id\":\"s\","
                + "\"agent_step\":\"tool_call\",\"tool_name\":\"t\",\"tool_args\":\"{}\",\"tool_result_summary\":\"ok\","
                + "\"cost_usd\":0.1,\"latency_ms\":10,\"success\":true,\"error\":null}\n");
        OWN.put(PipeLogFormat.ID, "2024-10-15 14:23:01 | AGENT_START | agent=a | task=\"x\"\n[14:23:02] AGENT_DONE | cost=$0.01\n");
        OWN.put(CostJsonFormat.ID, "{\n  \"execution_id\": \"r\",\n  \"timestamp\": \"2024-10-15T14:23:01Z\",\n"
                + "  \"costs\": {\"a\": {\"tokens\": 1, \"cost\": 0.1}},\n  \"total_cost\": 0.1\n}\n");
        OWN.put(CsvFormat.ID, "execution_id,agent,started_at,outcome,duration_ms\nex-1,a,2024-10-15T14:23:01Z,success,10\n");
    }

    private static final Map<String, String> FOREIGN = new LinkedHashMap<>();

    static {
        FOREIGN.put("otlp", "{\"resourceSpans\":[{\"resource\":{\"attributes\":[]},\"scopeSpans\":[{\"spans\":[{\"traceId\":"
                + "\"5b8efff798038103d269b633813fc60c\",\"name\":\"chat gpt-4o\",\"startTimeUnixNano\":\"1729002181000000000\"}]}]}]}");
        FOREIGN.put("claude-code", "{\"type\":\"user\",\"sessionId\":\"0a1b\",\"timestamp\":\"2024-10-15T14:23:01Z\","
                + "\"message\":{\"role\":\"user\",\"content\":\"hi\"}}\n{\"type\":\"assistant\",\"sessionId\":\"0a1b\","
                + "\"timestamp\":\"2024-10-15T14:23:02Z\",\"message\":{\"model\":\"claude\",\"usage\":{\"input_tokens\":3}}}\n");
        FOREIGN.put("codex", "{\"timestamp\":\"2024-10-15T14:23:01Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\"x\"}}\n");
        FOREIGN.put("langfuse", "{\"trace\":{\"id\":\"t\",\"timestamp\":\"2024-10-15T14:23:01Z\",\"sessionId\":\"s\"},"
                + "\"observations\":[{\"type\":\"GENERATION\",\"startTime\":\"2024-10-15T14:23:01Z\"}]}");
        FOREIGN.put("app-log", "2024-10-15 14:23:01 INFO  Started server on port 8080\n2024-10-15 14:23:02 WARN  slow query\n");
        FOREIGN.put("markdown", "# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        FOREIGN.put("spreadsheet", "name,amount,currency\nrent,1200,EUR\n");
    }

    @Test
    void everyLineFormatWinsOnItsOwnSample() {
        for (Map.Entry<String, String> own : OWN.entrySet()) {
            Sample sample = CollectingSink.sample("sample.txt", own.getValue());
            LogFormat best = LineFormats.list().stream().max(Comparator.comparingInt(f -> f.sniff(sample))).orElseThrow();
            assertThat(best.id()).as("best format for the %s sample", own.getKey()).isEqualTo(own.getKey());
            for (LogFormat other : LineFormats.list()) {
                if (!other.id().equals(own.getKey())) {
                    assertThat(other.sniff(sample)).as("%s on the %s sample", other.id(), own.getKey()).isZero();
                }
            }
        }
    }

    @Test
    void noLineFormatClaimsOtherToolsFiles() {
        for (Map.Entry<String, String> foreign : FOREIGN.entrySet()) {
            Sample sample = CollectingSink.sample("trace.json", foreign.getValue());
            for (LogFormat f : LineFormats.list()) {
                assertThat(f.sniff(sample)).as("%s on %s", f.id(), foreign.getKey()).isZero();
            }
        }
    }

    @Test
    void theFileNameAloneDecidesNothing() {
        Sample misnamed = CollectingSink.sample("executions.csv", OWN.get(PipeLogFormat.ID));
        assertThat(new CsvFormat().sniff(misnamed)).isZero();
        assertThat(new PipeLogFormat().sniff(misnamed)).isEqualTo(90);
    }

    @Test
    void binaryFilesAreNobodys() {
        byte[] bytes = {0, 1, 2, '{', '"', 0, 0};
        Sample binary = Sample.of("x.jsonl", bytes, bytes.length, true);
        for (LogFormat f : LineFormats.list()) {
            assertThat(f.sniff(binary)).as(f.id()).isZero();
        }
    }

    @Test
    void idsAreStableAndUnique() {
        assertThat(LineFormats.list()).extracting(LogFormat::id)
                .containsExactly("canonical-jsonl", "audit-jsonl", "pipe-log", "cost-json", "csv");
        assertThat(LineFormats.list()).allSatisfy(f -> assertThat(f.displayName()).isNotBlank());
    }
}
