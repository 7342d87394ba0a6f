package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scanner returns what the streaming parser returns, or gives the line up to it. */
class CanonicalLineScannerTest {
    private static final String BASE = "{\"execution_id\":\"ex-20241014-0000008\",\"agent\":\"approval-bot\","
            + "\"task\":\"Approve purchase request PR-26501\",\"started_at\":\"2024-10-14T00:00:02.700Z\","
            + "\"duration_ms\":5202,\"outcome\":\"failure\",\"error_kind\":\"PERMISSION_DENIED\","
            + "\"error\":\"403 Forbidden: lacks permission for approve_payment\",\"model\":\"gpt-4o-2024-08-06\","
            + "\"input_tokens\":1469,\"output_tokens\":385,\"cost_usd\":0.007523,\"retries\":0,\"iterations\":1,"
            + "\"tool_calls\":1,\"tool_failures\":1,\"user_id\":\"u-0086\",\"session_id\":\"sess-1ff0930008\"}";

    @Test
    void readsTheLinesTheWriterWritesAsTheParserDoes() {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            Execution e = Execution.builder("ex-" + i).agent(i % 3 == 0 ? "ägent" : "a" + i).task("task 😀 " + i)
                    .startedAt(Instant.parse("2024-10-14T00:00:00Z").plusMillis(random.nextInt(1_000_000_000)))
                    .duration(Duration.ofNanos(random.nextInt(100_000_000) * 1_000L))
                    .outcome(Outcome.values()[i % 3]).errorKind(i % 3 == 0 ? null : ErrorKind.TIMEOUT)
                    .model(i % 5 == 0 ? null : "gpt-4o").inputTokens(random.nextInt(10_000))
                    .outputTokens(random.nextInt(1_000)).costMicros(random.nextInt(100_000)).retries(i % 4)
                    .iterations(i % 7).toolCalls(i % 3).toolFailures(i % 2).userId("u-" + i).sessionId(null).build();
            String line = CanonicalJsonWriter.toLine(e);

            assertThat(scan(line)).as(line).isNotNull().isEqualTo(parse(line));
        }
    }

    @Test
    void readsTheUsualVariationsAndGivesUpTheRest() {
        List<String> readByTheScanner = List.of(BASE,
                "  {\"execution_id\":\"a\",\"started_at\":\"2024-10-14T00:00:02Z\"}  \t",
                "{ \"execution_id\" : 12 , \"started_at\" : \"2024-10-14T00:00:02+02:00\" , \"agent\" : true }",
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-14T00:00:02Z\",\"duration_ms\":1500.5,\"cost_usd\":\"$0.01\"}",
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-14T00:00:02Z\",\"duration_ms\":\"1.2s\",\"input_tokens\":\" 12 \"}",
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-14T00:00:02Z\",\"model\":null,\"user_id\":null}",
                "{\"execution_id\":\"a\",\"execution_id\":\"b\",\"started_at\":\"2024-10-14T00:00:02Z\",\"input_tokens\":-5}",
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-14T00:00:02Z\",\"outcome\":\"PARTIAL\",\"cost_usd\":1e-3}");
        for (String line : readByTheScanner) {
            assertThat(scan(line)).as(line).isNotNull().isEqualTo(parse(line));
        }
        List<String> givenUp = List.of("{}", "[1]", "", "{\"execution_id\":\"a\\\"b\",\"started_at\":\"2024-10-14T00:00:02Z\"}",
                BASE.replace("}", ",\"steps\":[]}"), BASE.replace("}", ",\"extra\":{\"a\":1}}"),
                BASE.replace("5202", "05202"), BASE + " x", BASE.replace("}", ",\"x\":1}"), BASE.replace("}", ",\"x\":null}"), BASE.replace("1469", "1.5"),
                BASE.replace("\"failure\"", "\"ok\""), BASE.replace("0,\"iterations\"", "-1,\"iterations\""),
                BASE.replace("\"2024-10-14T00:00:02.700Z\"", "1728864002"), BASE.replace("0.007523", "true"),
                BASE.replace("approval-bot", "tab\there"), BASE.replace(",\"agent\"", ",,\"agent\""),
                BASE.replace("1469", "99999999999999999999"), BASE.substring(0, BASE.length() - 1));
        for (String line : givenUp) {
            assertThat(scan(line)).as(line).isNull();
        }
    }

    @Test
    void neverDisagreesWithTheParserOnDamagedLines() {
        Random random = new Random(5);
        String alphabet = "{}[]\":,.-+eE0123456789 \t\\nultrfas\u00e9";
        int read = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder line = new StringBuilder(BASE);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.deleteCharAt(at);
                    case 1 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Execution scanned = scan(line.toString());
            if (scanned != null) {
                read++;
                assertThat(scanned).as(line.toString()).isEqualTo(parse(line.toString()));
            }
        }
        assertThat(read).as("lines still valid after the edits are read by the scanner").isGreaterThan(500);
    }

    private static Execution scan(String line) {
        byte[] bytes = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
        return CanonicalLineScanner.scan(bytes, 2, bytes.length - 4);
    }

    private static Execution parse(String line) {
        try {
            return CanonicalLineParser.parse(line);
        } catch (Exception e) {
            return null;
        }
    }
}
