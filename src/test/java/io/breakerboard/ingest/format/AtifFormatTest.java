package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.format.atif.AtifFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtifFormatTest {
    private final AtifFormat format = new AtifFormat();

    @Test
    void aTrajectoryIsAnExecutionWithMessagesModelCallsToolCallsAndResults() throws Exception {
        Execution e = Parsed.fixture(format, "atif/trajectory.json").only();

        assertThat(e.key()).isEqualTo("atif:atif-sess-1");
        assertThat(e.agent()).isEqualTo("ops-agent");
        assertThat(e.model()).isEqualTo("gpt-4.1");
        assertThat(e.task()).isEqualTo("Restart the stuck builders.");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2025-05-01T12:00:00Z"));
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(9));
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.MESSAGE, StepKind.MESSAGE,
                StepKind.REASONING, StepKind.LLM_CALL, StepKind.TOOL_CALL, StepKind.TOOL_CALL, StepKind.TOOL_CALL,
                StepKind.TOOL_CALL, StepKind.TOOL_RESULT, StepKind.TOOL_RESULT, StepKind.TOOL_RESULT,
                StepKind.TOOL_RESULT, StepKind.LLM_CALL);
        assertThat(e.steps().get(3).inputTokens()).isEqualTo(400);
        assertThat(e.steps().get(3).costMicros()).isEqualTo(2000);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void resultsStartingWithErrorOrFlaggedFailAndAResultWithoutContentDoesNot() throws Exception {
        List<Step> results = Parsed.fixture(format, "atif/trajectory.json").only().steps().stream()
                .filter(s -> s.kind() == StepKind.TOOL_RESULT).toList();

        assertThat(results).extracting(Step::name).containsExactly("list_builders", "restart", "restart", "notify");
        assertThat(results).extracting(Step::failed).containsExactly(false, true, false, true);
        assertThat(results.get(1).output()).isEqualTo("Error: builder b7 is locked");
        assertThat(results.get(1).errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(results.get(2).attributes()).containsEntry("empty_result", "true");
    }

    @Test
    void finalMetricsWinOverTheSumOfSteps() throws Exception {
        Execution e = Parsed.fixture(format, "atif/trajectory.json").only();

        assertThat(e.inputTokens()).isEqualTo(900);
        assertThat(e.outputTokens()).isEqualTo(80);
        assertThat(e.costMicros()).isEqualTo(3500);
        assertThat(e.toolCalls()).isEqualTo(4);
        assertThat(e.toolFailures()).isEqualTo(2);
    }

    @Test
    void severalTrajectoriesAndEmbeddedSubAgentsAreExecutionsOfTheirOwn() throws Exception {
        Parsed p = Parsed.fixture(format, "atif/multi.json");

        assertThat(p.keys()).containsExactly("atif:atif-multi/lead", "atif:atif-multi/writer", "atif:atif-other");
        Execution writer = p.execution("atif:atif-multi/writer");
        assertThat(writer.agent()).isEqualTo("writer");
        assertThat(writer.sessionId()).as("inherited from the parent").isEqualTo("atif-multi");
        assertThat(writer.task()).as("only copied context names the task").isEqualTo("Draft notes for 2.1");
        Execution lead = p.execution("atif:atif-multi/lead");
        assertThat(lead.steps()).extracting(Step::kind).as("llm_call_count 0 and no message: no model call")
                .containsExactly(StepKind.MESSAGE, StepKind.TOOL_CALL, StepKind.TOOL_RESULT, StepKind.LLM_CALL);
    }

    @Test
    void aTrajectoryEndingOnAToolCallIsPartialAndHarnessErrorLinesFail() throws Exception {
        Execution e = Parsed.fixture(format, "atif/multi.json").execution("atif:atif-other");

        assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(e.errorMessage()).contains("run_checks");
        assertThat(e.steps()).last().extracting(Step::kind).isEqualTo(StepKind.AGENT_INCOMPLETE);
        Step result = e.steps().stream().filter(s -> s.kind() == StepKind.TOOL_RESULT).findFirst().orElseThrow();
        assertThat(result.failed()).as("a line starting 'ERROR:'").isTrue();
    }

    @Test
    void withoutAnyTimestampTheFilesModificationTimeIsTheStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, Parsed.text("atif/no-timestamps.json"));
        Instant mtime = Instant.parse("2025-05-05T05:05:05Z");
        Files.setLastModifiedTime(file, FileTime.from(mtime));

        Execution e = Parsed.parse(format, LogSource.of(file, () -> false)).only();

        assertThat(e.startedAt()).isEqualTo(mtime);
        assertThat(e.inputTokens()).isEqualTo(3);
    }

    @Test
    void withoutAnyTimestampOrFileTheTrajectoryIsRejected() throws Exception {
        Parsed p = Parsed.fixture(format, "atif/no-timestamps.json");

        assertThat(p.executions()).isEmpty();
        assertThat(p.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("no timestamp"));
    }

    @Test
    void jsonWithoutStepsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> Parsed.text(format, "{\"schema_version\": \"ATIF-v1.4\"}"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("no ATIF trajectory");
    }
}
