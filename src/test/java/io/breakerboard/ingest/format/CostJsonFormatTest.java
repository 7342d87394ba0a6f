package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CostJsonFormatTest {
    private final CostJsonFormat format = new CostJsonFormat();

    private static final String PRETTY = """
            {
              "execution_id": "run-7",
              "timestamp": "2024-10-15T09:00:00Z",
              "costs": {
                "planner":    { "tokens": 1200, "cost": 0.012 },
                "researcher": { "tokens": { "input": 4000, "output": 600 }, "cost": "$0.031", "model": "gpt-4o" },
                "tools":      { "api_calls": 5, "cost": 0.025 }
              },
              "total_cost": 0.068
            }
            """;

    @Test
    void readsOnePrettyPrintedDocument() {
        Execution e = CollectingSink.parse(format, PRETTY).only();

        assertThat(e.key()).isEqualTo("run-7");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2024-10-15T09:00:00Z"));
        assertThat(e.agent()).isEqualTo("planner");
        assertThat(e.costMicros()).isEqualTo(Money.ofUsd(0.068));
        assertThat(e.toolCalls()).isEqualTo(5);
        assertThat(e.inputTokens()).isEqualTo(5200);
        assertThat(e.outputTokens()).isEqualTo(600);
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL, StepKind.LLM_CALL, StepKind.TOOL_CALL);
        assertThat(e.steps().get(1).name()).isEqualTo("gpt-4o");
        assertThat(e.steps().get(1).attributes()).containsEntry("agent", "researcher");
        assertThat(e.steps().get(2).attributes()).containsEntry("api_calls", "5");
    }

    @Test
    void readsDocumentsOnePerLineAndRejectsOnlyTheBrokenLines() {
        String lines = String.join("\n",
                "{\"execution_id\":\"a\",\"timestamp\":\"2024-10-15T09:00:00Z\",\"agent\":\"sre-triage\",\"duration_ms\":1500,"
                        + "\"costs\":{\"sre-triage\":{\"tokens\":10,\"cost\":0.001}},\"outcome\":\"partial\",\"error\":\"budget exceeded\"}",
                "{\"execution_id\":\"b\",\"costs\":{\"x\":{\"tokens\":1,\"cost\":0.1}},\"total_cost\":0.1}",
                "{\"execution_id\":\"c\",\"timestamp\":\"2024-10-15T09:00:00Z\",\"costs\":{\"x\":{\"tokens\":1,",
                "{\"execution_id\":\"d\",\"started_at\":\"2024-10-15T09:01:00Z\",\"costs\":{\"x\":{\"tokens\":\"n/a\"}}}",
                "{\"execution_id\":\"e\",\"started_at\":\"2024-10-15T09:02:00Z\",\"costs\":[]}",
                "{\"execution_id\":\"f\",\"started_at\":1729000000,\"costs\":{\"tools\":{\"api_calls\":2,\"cost\":0.002}}}");

        CollectingSink sink = CollectingSink.parse(format, lines);

        assertThat(sink.executions).extracting(Execution::key).containsExactly("a", "f");
        Execution a = sink.executions.get(0);
        assertThat(a.agent()).isEqualTo("sre-triage");
        assertThat(a.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(a.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(a.costMicros()).isEqualTo(1_000);
        assertThat(sink.executions.get(1).agent()).isEqualTo(Execution.UNKNOWN_AGENT);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(sink.rejected).extracting(CollectingSink.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("no 'timestamp' or 'started_at'").contains("add e.g."),
                r -> assertThat(r).startsWith("invalid JSON"),
                r -> assertThat(r).contains("field 'costs.x.tokens'").contains("'n/a'"),
                r -> assertThat(r).contains("field 'costs'").contains("expected an object"));
    }

    @Test
    void readsConcatenatedAndArrayDocuments() {
        String two = PRETTY + PRETTY.replace("run-7", "run-8");
        String array = "[\n" + PRETTY + ",\n" + PRETTY.replace("run-7", "run-9") + "]\n";

        assertThat(CollectingSink.parse(format, two).executions).extracting(Execution::key).containsExactly("run-7", "run-8");
        assertThat(CollectingSink.parse(format, array).executions).extracting(Execution::key).containsExactly("run-7", "run-9");
    }

    @Test
    void aSyntaxErrorInAPrettyPrintedFileStopsThereWithItsLine() {
        String broken = PRETTY + PRETTY.replace("\"total_cost\": 0.068", "\"total_cost\": 0.068,,");

        CollectingSink sink = CollectingSink.parse(format, broken);

        assertThat(sink.executions).extracting(Execution::key).containsExactly("run-7");
        assertThat(sink.rejected).hasSize(1);
        assertThat(sink.rejected.get(0).line()).isEqualTo(19);
        assertThat(sink.rejected.get(0).reason()).startsWith("invalid JSON").contains("rest of the file from line 19");
    }

    @Test
    void aDocumentWithoutTimeIsRejectedWithWhatToAdd() {
        CollectingSink sink = CollectingSink.parse(format, PRETTY.replace("\"timestamp\": \"2024-10-15T09:00:00Z\",", ""));

        assertThat(sink.executions).isEmpty();
        assertThat(sink.rejected.get(0).line()).isEqualTo(1);
        assertThat(sink.rejected.get(0).reason()).contains("\"timestamp\": \"2024-10-15T14:23:01Z\"");
    }

    @Test
    void detectsCostDocumentsButNotCanonicalLines() {
        assertThat(format.sniff(CollectingSink.sample("c.json", PRETTY))).isEqualTo(90);
        assertThat(format.sniff(CollectingSink.sample("c.json",
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\",\"task\":\"explain \\\"costs\\\": high\"}\n")))
                .isZero();
        assertThat(new CanonicalJsonlFormat().sniff(CollectingSink.sample("c.json",
                "{\"execution_id\":\"a\",\"started_at\":\"2024-10-15T14:23:01Z\",\"costs\":{},\"total_cost\":1}\n"))).isZero();
    }
}
