package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupCodecTest {
    private final NamePool pool = new NamePool();

    private Rollup minuteOf(List<Execution> executions) {
        Rollup rollup = new Rollup("planner", Rollup.minuteOf(Micros.sinceEpoch(executions.get(0).startedAt())));
        for (Execution e : executions) {
            rollup.add(e, Micros.sinceEpoch(e.startedAt()), pool);
        }
        return rollup;
    }

    private RollupRecord record(Rollup rollup) {
        return new RollupRecord(rollup.agent, rollup.minute, RollupCodec.encode(rollup));
    }

    @Test
    void readsBackWhatItWrote() {
        Rollup original = minuteOf(List.of(
                TestExecutions.ok("planner", TestExecutions.T0.plusSeconds(3), Duration.ofMillis(1200), "gpt-4o", 3_000),
                TestExecutions.ok("planner", TestExecutions.T0.plusSeconds(9), Duration.ZERO, null, 10),
                TestExecutions.failed("planner", TestExecutions.T0.plusSeconds(59), Duration.ofSeconds(31), ErrorKind.TIMEOUT)));

        Rollup read = RollupCodec.decode(record(original), "planner", new NameReader(pool));

        assertThat(read.executions).isEqualTo(3);
        assertThat(read.successes).isEqualTo(2);
        assertThat(read.failures).isEqualTo(1);
        assertThat(read.durationSumMicros).isEqualTo(32_200_000);
        assertThat(read.durationMinMicros).isZero();
        assertThat(read.durationMaxMicros).isEqualTo(31_000_000);
        assertThat(read.costMicros).isEqualTo(3_510);
        assertThat(read.inputTokens).isEqualTo(250);
        assertThat(read.errors(ErrorKind.TIMEOUT)).isEqualTo(1);
        assertThat(read.firstStartMicros).isEqualTo(Micros.sinceEpoch(TestExecutions.T0.plusSeconds(3)));
        assertThat(read.lastEndMicros).isEqualTo(Micros.sinceEpoch(TestExecutions.T0.plusSeconds(90)));
        assertThat(read.models.size()).isEqualTo(2);
        assertThat(read.durations.getCount()).isEqualTo(3);
        assertThat(RollupCodec.encode(read)).isEqualTo(RollupCodec.encode(original));
    }

    @Test
    void everyErrorKindSurvivesTheRoundTrip() {
        List<Execution> failures = new ArrayList<>();
        for (ErrorKind kind : ErrorKind.values()) {
            for (int i = 0; i <= kind.ordinal(); i++) {
                failures.add(TestExecutions.failed("planner", TestExecutions.T0.plusSeconds(i % 60), Duration.ofSeconds(1), kind));
            }
        }

        Rollup read = RollupCodec.decode(record(minuteOf(failures)), "planner", new NameReader(pool));

        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(read.errors(kind)).as(kind.name()).isEqualTo(kind.ordinal() + 1);
        }
    }

    @Test
    void formatVersionOneNamesEveryErrorKind() {
        // A kind added to the enum needs a new format version: this test fails until the codec has one.
        assertThat(RollupCodec.ERROR_KINDS_V1)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ErrorKind.values()).map(Enum::name).toList());
    }

    @Test
    void aBusyMinuteStaysSmall() {
        List<Execution> minute = TestExecutions.random(7, 30, Duration.ofSeconds(59), "planner");

        byte[] state = RollupCodec.encode(minuteOf(minute));

        assertThat(state.length).isLessThan(300);
        assertThat(state[0]).isEqualTo(RollupCodec.VERSION);
    }

    @Test
    void refusesAnotherFormatVersionSayingWhatToDo() {
        RollupRecord record = record(minuteOf(TestExecutions.random(1, 3, Duration.ofSeconds(30), "planner")));
        record.state()[0] = 9;

        assertThatThrownBy(() -> RollupCodec.decode(record, "planner", new NameReader(pool)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent 'planner'")
                .hasMessageContaining("2026-03-02T10:00:00Z")
                .hasMessageContaining("format version 9")
                .hasMessageContaining("rebuild");
    }

    @Test
    void refusesCutBytes() {
        RollupRecord whole = record(minuteOf(TestExecutions.random(2, 5, Duration.ofSeconds(30), "planner")));
        RollupRecord cut = new RollupRecord("planner", whole.minute(), Arrays.copyOf(whole.state(), whole.state().length / 2));

        assertThatThrownBy(() -> RollupCodec.decode(cut, "planner", new NameReader(pool)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the stored rollup of agent 'planner'");
        assertThatThrownBy(() -> RollupCodec.decode(new RollupRecord("planner", 0, new byte[0]), "planner", new NameReader(pool)))
                .hasMessageContaining("it is empty");
    }
}
