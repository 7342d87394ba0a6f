package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogSource;
import io.breakerboard.model.Execution;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Impossible values are refused with a reason naming the field, in every reader, instead of being repaired. */
class RangeRefusalTest {
    private static final String OK = "\"execution_id\":\"k\",\"started_at\":\"2024-10-15T13:43:11Z\"";

    private static Parsed canonical(String... fields) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append('{').append(f).append("}\n");
        }
        return Parsed.parse(new CanonicalJsonlFormat(), LogSource.of("c.jsonl", sb.toString()));
    }

    @Test
    void canonicalLinesWithImpossibleValuesAreRejectedNamingTheField() throws IOException {
        Parsed p = canonical(
                "\"execution_id\":\"k\",\"started_at\":\"NaN\"",
                "\"execution_id\":\"k\",\"started_at\":\"2024-10-15T13:43:11+25:00\"",
                "\"execution_id\":\"k\",\"started_at\":1e30",
                "\"execution_id\":\"k\",\"started_at\":253402300800",
                "\"execution_id\":\"k\",\"started_at\":\"10000-01-01T00:00:00Z\"",
                OK + ",\"duration_ms\":-5",
                OK + ",\"duration_ms\":\"10000000000h\"",
                OK + ",\"duration_ms\":315360000000000",
                OK + ",\"input_tokens\":-3",
                OK + ",\"output_tokens\":\"-1\"",
                OK + ",\"cost_usd\":9200000000000",
                OK + ",\"cost_usd\":-0.5",
                OK + ",\"steps\":[{\"kind\":\"LLM_CALL\",\"duration_ms\":-1}]",
                OK + ",\"steps\":[{\"kind\":\"LLM_CALL\",\"input_tokens\":9223372036854775807},"
                        + "{\"kind\":\"LLM_CALL\",\"input_tokens\":9223372036854775807}]");

        assertThat(p.executions()).isEmpty();
        assertThat(p.rejects()).extracting(Parsed.Reject::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("field 'started_at': not a timestamp: NaN"),
                r -> assertThat(r).startsWith("field 'started_at': not a timestamp: '2024-10-15T13:43:11+25:00'"),
                r -> assertThat(r).startsWith("field 'started_at': epoch number 1.0E30 is outside"),
                r -> assertThat(r).startsWith("started_at 1978-01-11T21:31:40.800Z is outside 2000-01-01T00:00:00Z.."),
                r -> assertThat(r).startsWith("field 'started_at': not a timestamp: '10000-01-01T00:00:00Z'"),
                r -> assertThat(r).isEqualTo("duration_ms -5 is outside 0..31622400000"),
                r -> assertThat(r).isEqualTo("duration_ms 36000000000000000 is outside 0..31622400000"),
                r -> assertThat(r).isEqualTo("duration_ms 315360000000000 is outside 0..31622400000"),
                r -> assertThat(r).isEqualTo("input_tokens -3 is outside 0..1000000000000"),
                r -> assertThat(r).isEqualTo("output_tokens -1 is outside 0..1000000000000"),
                r -> assertThat(r).isEqualTo("cost_usd 9200000000000 is outside 0..1000000"),
                r -> assertThat(r).isEqualTo("cost_usd -0.5 is outside 0..1000000"),
                r -> assertThat(r).isEqualTo("steps[0].duration_ms -1 is outside 0..31622400000"),
                r -> assertThat(r).isEqualTo("input_tokens 9223372036854775807 is outside 0..1000000000000"));
        assertThat(p.rejects()).extracting(Parsed.Reject::line).startsWith(1L, 2L, 3L);
        assertThat(p.rejects().get(5).raw()).isEqualTo("{" + OK + ",\"duration_ms\":-5}");
    }

    @Test
    void theLimitsThemselvesAreAccepted() throws IOException {
        Parsed p = canonical(
                "\"execution_id\":\"a\",\"started_at\":\"2000-01-01T00:00:00Z\",\"duration_ms\":0",
                "\"execution_id\":\"b\",\"started_at\":\"2199-12-31T23:59:59.999999999Z\",\"duration_ms\":31622400000,"
                        + "\"input_tokens\":1000000000000,\"output_tokens\":1000000000000,\"cost_usd\":1000000,"
                        + "\"retries\":1000000,\"iterations\":1000000,\"tool_calls\":1000000,\"tool_failures\":1000000");

        assertThat(p.rejects()).isEmpty();
        assertThat(p.executions()).extracting(Execution::key).containsExactly("a", "b");
    }

    @Test
    void anAuditLatencyOfNoRealSizeIsRejected() throws IOException {
        String line = "{\"timestamp\":\"2024-10-15T14:00:00Z\",\"session_id\":\"s-1\",\"agent\":\"router\","
                + "\"agent_step\":\"tool_call\",\"tool_name\":\"search\",\"latency_ms\":1e308,\"success\":true}\n";

        Parsed p = Parsed.parse(new AuditJsonlFormat(), LogSource.of("a.jsonl", line));

        assertThat(p.executions()).allSatisfy(e -> assertThat(io.breakerboard.model.ValueRanges.problem(e))
                .contains("duration_ms").contains("is outside 0..31622400000"));
        assertThat(p.executions().size() + p.rejects().size()).isPositive();
    }

    @Test
    void otlpTimesAreReadAsUnsigned64BitNumbersAndRefusedPastTheSignedRange() throws IOException {
        String span = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"0af7651916cd43dd8448eb211c80319c\","
                + "\"spanId\":\"b7ad6b7169203331\",\"name\":\"root\",\"startTimeUnixNano\":\"%s\","
                + "\"endTimeUnixNano\":\"%s\"}]}]}]}";

        Parsed wrapped = Parsed.parse(new OtlpJsonFormat(), LogSource.of("o.json",
                span.formatted("18446744073709551615", "18446744073709551615")));
        Parsed beyond = Parsed.parse(new OtlpJsonFormat(), LogSource.of("o.json",
                span.formatted("18446744073709551616", "18446744073709551616")));
        Parsed fine = Parsed.parse(new OtlpJsonFormat(), LogSource.of("o.json",
                span.formatted("1718000000000000000", "1718000004500000000")));

        assertThat(wrapped.executions()).isEmpty();
        assertThat(wrapped.rejects()).singleElement().extracting(Parsed.Reject::reason).asString()
                .contains("18446744073709551615 ns is after 2262-04-11");
        assertThat(beyond.rejects()).singleElement().extracting(Parsed.Reject::reason).asString()
                .contains("18446744073709551616 is not Unix nanoseconds (an unsigned 64-bit number)");
        assertThat(fine.only().duration()).isEqualTo(java.time.Duration.ofMillis(4500));
    }
}
