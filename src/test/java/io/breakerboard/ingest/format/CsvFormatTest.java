package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    private final CsvFormat format = new CsvFormat();

    private static final List<Execution> ORIGINALS = List.of(
            Execution.builder("ex-1").agent("invoice-validator").task("Validate INV-1, \"rush\"\nsecond line ✓")
                    .startedAt(Instant.parse("2024-10-15T14:23:01.123456Z")).duration(Duration.ofNanos(1_234_567_890))
                    .outcome(Outcome.FAILURE).errorKind(ErrorKind.VALIDATION).errorMessage("=1+1 does not match")
                    .model("gpt-4o-mini").inputTokens(2_619).outputTokens(190).costMicros(507).retries(1).iterations(2)
                    .toolCalls(3).toolFailures(1).userId("-u-7").sessionId("@s-1")
                    .addStep(Step.builder(StepKind.TOOL_CALL).name("fetch_invoice").build()).build(),
            Execution.builder("ex-2").agent("fraud-scorer").startedAt(Instant.parse("2024-10-15T14:24:00Z"))
                    .outcome(Outcome.PARTIAL).errorKind(ErrorKind.BUDGET_EXCEEDED).errorMessage("budget").costMicros(-2_500)
                    .build(),
            Execution.builder("ex-3").agent("sre-triage").task("'=already quoted").startedAt(Instant.parse("2024-10-15T14:25:00Z"))
                    .build());

    private static String export(List<Execution> executions, UnaryOperator<String> redactor) throws IOException {
        StringWriter out = new StringWriter();
        new CsvExporter(redactor).writeExecutions(executions, out, ExportControl.NONE);
        return out.toString();
    }

    private static Execution withoutSteps(Execution e) {
        return e.toBuilder().steps(List.of()).source(null).format(null).build();
    }

    @Test
    void readsBackExactlyWhatTheExporterWrote() throws IOException {
        CollectingSink sink = CollectingSink.parse(format, export(ORIGINALS, UnaryOperator.identity()));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.executions).isEqualTo(ORIGINALS.stream().map(CsvFormatTest::withoutSteps).toList());
    }

    @Test
    void theOrchestrationPatternColumnReadsBackAndOtherCsvsMayNameIt() throws IOException {
        Execution voting = ORIGINALS.get(2).toBuilder().pattern("voting").build();
        CollectingSink ours = CollectingSink.parse(format, export(List.of(voting), UnaryOperator.identity()));
        CollectingSink theirs = CollectingSink.parse(format,
                "timestamp,agent,Orchestration Pattern\n2024-10-15T14:25:00Z,sre-triage,state_machine\n");

        assertThat(ours.executions).containsExactly(withoutSteps(voting));
        assertThat(theirs.executions).extracting(Execution::pattern).containsExactly("state_machine");
    }

    @Test
    void columnOrderDoesNotMatter() throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(export(ORIGINALS, UnaryOperator.identity())))
                .getRecords();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.get(0).size(); i++) {
            order.add(i);
        }
        Collections.reverse(order);
        StringWriter shuffled = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(shuffled, CSVFormat.RFC4180)) {
            for (CSVRecord r : records) {
                p.printRecord(order.stream().map(r::get).toList());
            }
        }

        CollectingSink sink = CollectingSink.parse(format, shuffled.toString());

        assertThat(sink.executions).isEqualTo(ORIGINALS.stream().map(CsvFormatTest::withoutSteps).toList());
    }

    @Test
    void secretsAreMaskedOnTheWayOutAndStayMaskedOnTheWayIn() throws IOException {
        Execution secret = ORIGINALS.get(2).toBuilder().task("use sk-proj-ABCDEFGHIJKLMNOPQRSTUV for bob@example.com").build();

        String csv = export(List.of(secret), io.breakerboard.model.Redactor.DEFAULT);
        Execution read = CollectingSink.parse(format, csv).only();

        assertThat(csv).doesNotContain("sk-proj-ABCDEFGHIJKLMNOPQRSTUV", "bob@example.com");
        assertThat(read.task()).isEqualTo("use sk-proj-[redacted] for [redacted-email]");
    }

    @Test
    void importsOtherCsvsBestEffortByHeaderName() {
        String csv = "Timestamp,Agent Name,Status,Latency,Cost,Prompt Tokens,Session\n"
                + "2024-10-15 14:00:00,support-router,ok,1.5s,$0.002,900,s-1\n"
                + "2024-10-15T14:01:00Z,support-router,failed,850,0.004,1000,s-2\n";

        CollectingSink sink = CollectingSink.parse(format, csv);

        assertThat(sink.rejected).isEmpty();
        Execution first = sink.executions.get(0);
        assertThat(first.key()).startsWith("sha256:");
        assertThat(first.agent()).isEqualTo("support-router");
        assertThat(first.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(first.costMicros()).isEqualTo(2_000);
        assertThat(first.inputTokens()).isEqualTo(900);
        assertThat(first.sessionId()).isEqualTo("s-1");
        Execution second = sink.executions.get(1);
        assertThat(second.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(second.duration()).isEqualTo(Duration.ofMillis(850));
        assertThat(second.key()).isNotEqualTo(first.key());
    }

    @Test
    void rejectsBadRowsWithRowNumberLineAndReason() {
        String csv = "execution_id,agent,started_at,outcome,duration_ms,cost_usd,input_tokens\n"
                + "a,x,2024-10-15T14:00:00Z,success,10,0.1,5\n"
                + "b,\"multi\nline agent\",not-a-time,success,10,0.1,5\n"
                + "c,x,2024-10-15T14:00:00Z,maybe,10,0.1,5\n"
                + "d,x,2024-10-15T14:00:00Z,success,soon,0.1,5\n"
                + "e,x,2024-10-15T14:00:00Z,success,10,lots,5\n"
                + "f,x,2024-10-15T14:00:00Z,success,10,0.1,five\n"
                + "g,x\n"
                + "h,x,,success,10,0.1,5\n"
                + "i,x,2024-10-15T14:00:00Z,success,10,0.1,5\n";

        CollectingSink sink = CollectingSink.parse(format, csv);

        assertThat(sink.executions).extracting(Execution::key).containsExactly("a", "i");
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::line).containsExactly(3L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("row 2: column 'started_at': not a timestamp: 'not-a-time'"),
                r -> assertThat(r).startsWith("row 3: column 'outcome': 'maybe' is not an outcome"),
                r -> assertThat(r).startsWith("row 4: column 'duration_ms'").contains("'soon'"),
                r -> assertThat(r).startsWith("row 5: column 'cost_usd'").contains("'lots'"),
                r -> assertThat(r).startsWith("row 6: column 'input_tokens'").contains("'five'"),
                r -> assertThat(r).isEqualTo("row 7: has 2 cells but the header has 7"),
                r -> assertThat(r).isEqualTo("row 8: column 'started_at': no time in this row"));
        assertThat(sink.rejected.get(5).raw()).isEqualTo("g,x");
    }

    @Test
    void anUnclosedQuoteEndsTheFileWithAReason() {
        String csv = "agent,started_at\nx,2024-10-15T14:00:00Z\n\"y,2024-10-15T14:00:00Z\nz,2024-10-15T14:00:00Z\n";

        CollectingSink sink = CollectingSink.parse(format, csv);

        assertThat(sink.executions).hasSize(1);
        assertThat(sink.rejected).hasSize(1);
        assertThat(sink.rejected.get(0).reason()).startsWith("row 2: unreadable CSV").contains("check the quotes");
    }

    @Test
    void refusesAFileWhoseHeaderLacksTimeOrAgent() {
        assertThatThrownBy(() -> CollectingSink.parse(format, "name,value\na,1\n"))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("needs a time column").hasMessageContaining("it has: name, value");
    }

    @Test
    void detectsOurExportAndOtherCsvsWithTimeAndAgent() throws IOException {
        assertThat(format.sniff(CollectingSink.sample("e.csv", export(ORIGINALS, UnaryOperator.identity())))).isEqualTo(95);
        assertThat(format.sniff(CollectingSink.sample("e.csv", "timestamp,agent,status\n2024-10-15,a,ok\n"))).isEqualTo(70);
        assertThat(format.sniff(CollectingSink.sample("e.csv", "name,value\n"))).isZero();
        assertThat(format.sniff(CollectingSink.sample("e.csv", "{\"agent\":\"a\",\"timestamp\":1}\n"))).isZero();
        assertThat(format.sniff(CollectingSink.sample("e.csv", "2024-10-15 14:23:01 | AGENT_START | agent=a\n"))).isZero();
    }
}
