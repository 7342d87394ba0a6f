package io.breakerboard.store;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.testsupport.Executions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionBlockCodecTest {

    @Test
    void everyFieldComesBackAsItWasWritten() {
        List<Execution> executions = new ArrayList<>();
        executions.add(Executions.full("trace-1").withOrigin("/logs/a.jsonl", "canonical-jsonl")
                .toBuilder().steps(List.of()).build());
        executions.add(Execution.builder("trace-2").startedAt(Instant.parse("1969-12-31T23:59:59.999999Z"))
                .outcome(Outcome.FAILURE).errorKind(ErrorKind.UNKNOWN).build());
        executions.add(Execution.builder("trace-3").agent("agent ü").task("Prüfe Rechnung 🧾 \u0000 end")
                .startedAt(T0.minusSeconds(86_400)).duration(Duration.ofHours(30)).errorMessage("")
                .model("m").inputTokens(-1).outputTokens(Long.MAX_VALUE).costMicros(Long.MIN_VALUE)
                .retries(Integer.MAX_VALUE).userId("").sessionId(null).build());
        for (int i = 0; i < 50; i++) {
            executions.add(Executions.simple("ex-20241014-" + (1_000_000 + i), i % 2 == 0 ? "a" : "b", T0.plusMillis(i)));
        }
        long[] importedAt = new long[executions.size()];
        importedAt[1] = -5;

        ExecutionBlock read = roundTrip(ExecutionBlock.of(7, executions, importedAt));

        assertThat(read.firstId).isEqualTo(7);
        assertThat(read.rows).isEqualTo(executions.size());
        for (int i = 0; i < executions.size(); i++) {
            assertThat(read.execution(i)).as("row " + i).isEqualTo(executions.get(i));
        }
        assertThat(read.numbers(BlockColumn.IMPORTED_AT)).isEqualTo(importedAt);
        assertThat(read.summary()).as("earliest start a microsecond before the epoch, two not successful")
                .isEqualTo(new BlockDirectory.Block(7, executions.size(), -1, ExecutionBlock.micros(T0.plusMillis(49)), 2));
    }

    @Test
    void keysSharingHalfACharacterComeBackWhole() {
        List<Execution> executions = List.of(Executions.simple("a\uD83D\uDE00x", "a", T0),
                Executions.simple("a\uD83D\uDE01y", "a", T0), Executions.simple("a", "a", T0),
                Executions.simple("", "a", T0));

        ExecutionBlock read = roundTrip(ExecutionBlock.of(1, executions, new long[4]));

        assertThat(read.texts(BlockColumn.KEY)).containsExactly("a\uD83D\uDE00x", "a\uD83D\uDE01y", "a", "");
    }

    @Test
    void aBlockExtendedByTheNextComesBackAsOne() {
        ExecutionBlock first = ExecutionBlock.of(10, List.of(Executions.simple("k1", "a", T0)), new long[] {1});
        ExecutionBlock next = ExecutionBlock.of(11, List.of(Executions.failed("k2", "b", T0.plusSeconds(1))), new long[] {2});

        ExecutionBlock read = roundTrip(roundTrip(first).append(next));

        assertThat(read.rows).isEqualTo(2);
        assertThat(read.execution(1)).isEqualTo(Executions.failed("k2", "b", T0.plusSeconds(1)));
        assertThat(read.failed(1)).isTrue();
        assertThatThrownBy(() -> first.append(first)).hasMessageContaining("does not follow");
    }

    @Test
    void aBlockWrittenBeforePatternsWereKeptReadsWithoutOne() {
        byte[] now = ExecutionBlockCodec.encode(ExecutionBlock.of(3, List.of(Executions.simple("k", "a", T0)), new long[1]));
        // The same block without its last column: the pattern section is its length (2) and a plain null (0, 0).
        byte[] before = java.util.Arrays.copyOf(now, now.length - 3);
        assertThat(before[2]).isEqualTo((byte) BlockColumn.ALL.length);
        before[2] = (byte) (BlockColumn.ALL.length - 1);

        ExecutionBlock read = ExecutionBlockCodec.decode(3, before);

        assertThat(read.execution(0)).isEqualTo(Executions.simple("k", "a", T0));
        assertThat(read.execution(0).pattern()).isNull();
    }

    @Test
    void damagedBytesNameTheBlockAndWhatToDo() {
        byte[] bytes = ExecutionBlockCodec.encode(ExecutionBlock.of(42, List.of(Executions.simple("k", "a", T0)), new long[1]));

        bytes[bytes.length - 1] = (byte) 0x80; // the last number now runs past the end
        ExecutionBlock read = ExecutionBlockCodec.decode(42, bytes);

        assertThatThrownBy(() -> read.texts(BlockColumn.PATTERN))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("executions from id 42")
                .hasMessageContaining("PATTERN")
                .hasMessageContaining("--data-dir");
        assertThatThrownBy(() -> ExecutionBlockCodec.decode(42, new byte[] {9, 1, 21}))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("format version 9");
    }

    private static ExecutionBlock roundTrip(ExecutionBlock block) {
        return ExecutionBlockCodec.decode(block.firstId, ExecutionBlockCodec.encode(block));
    }
}
