package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ValueRangesTest {
    private static Execution.Builder valid() {
        return Execution.builder("k").agent("a").startedAt(Instant.parse("2024-10-15T13:43:11Z"))
                .duration(Duration.ofSeconds(2)).outcome(Outcome.SUCCESS).inputTokens(10).outputTokens(5).costMicros(300);
    }

    private static String problem(Execution.Builder b) {
        return ValueRanges.problem(b.build());
    }

    @Test
    void everyLimitItselfIsAccepted() {
        assertThat(problem(valid().startedAt(ValueRanges.EARLIEST))).isNull();
        assertThat(problem(valid().startedAt(ValueRanges.LATEST).duration(ValueRanges.MAX_DURATION))).isNull();
        assertThat(problem(valid().duration(Duration.ZERO).inputTokens(0).outputTokens(0).costMicros(0))).isNull();
        assertThat(problem(valid().inputTokens(ValueRanges.MAX_TOKENS).outputTokens(ValueRanges.MAX_TOKENS)
                .costMicros(ValueRanges.MAX_COST_MICROS).retries(ValueRanges.MAX_COUNT).iterations(ValueRanges.MAX_COUNT)
                .toolCalls(ValueRanges.MAX_COUNT).toolFailures(ValueRanges.MAX_COUNT))).isNull();
    }

    @Test
    void aValueJustOutsideIsNamedWithItsFieldAndRange() {
        assertThat(problem(valid().startedAt(ValueRanges.EARLIEST.minusNanos(1))))
                .isEqualTo("started_at 1999-12-31T23:59:59.999999999Z is outside 2000-01-01T00:00:00Z..2199-12-31T23:59:59.999999999Z");
        assertThat(problem(valid().startedAt(ValueRanges.LATEST.plusNanos(1))))
                .startsWith("started_at 2200-01-01T00:00:00Z is outside");
        assertThat(problem(valid().duration(Duration.ofMillis(315_360_000_000_000L))))
                .isEqualTo("duration_ms 315360000000000 is outside 0..31622400000");
        assertThat(problem(valid().duration(ValueRanges.MAX_DURATION.plusNanos(1))))
                .isEqualTo("duration_ms 31622400000.000001 is outside 0..31622400000");
        assertThat(problem(valid().duration(Duration.ofMillis(-5)))).isEqualTo("duration_ms -5 is outside 0..31622400000");
        assertThat(problem(valid().inputTokens(-3))).isEqualTo("input_tokens -3 is outside 0..1000000000000");
        assertThat(problem(valid().outputTokens(ValueRanges.MAX_TOKENS + 1)))
                .isEqualTo("output_tokens 1000000000001 is outside 0..1000000000000");
        assertThat(problem(valid().costMicros(Money.ofUsd(9.2e12)))).isEqualTo("cost_usd 9200000000000 is outside 0..1000000");
        assertThat(problem(valid().costMicros(-1))).isEqualTo("cost_usd -0.000001 is outside 0..1000000");
        assertThat(problem(valid().retries(-1))).isEqualTo("retries -1 is outside 0..1000000");
        assertThat(problem(valid().iterations(ValueRanges.MAX_COUNT + 1))).isEqualTo("iterations 1000001 is outside 0..1000000");
        assertThat(problem(valid().toolCalls(-2))).isEqualTo("tool_calls -2 is outside 0..1000000");
        assertThat(problem(valid().toolFailures(Integer.MAX_VALUE))).startsWith("tool_failures 2147483647 is outside");
    }

    @Test
    void stepsAreCheckedByPosition() {
        Step fine = Step.builder(StepKind.LLM_CALL).at(Instant.parse("2024-10-15T13:43:11Z")).inputTokens(5).build();
        Step late = Step.builder(StepKind.TOOL_CALL).at(Instant.parse("9925-06-01T10:00:06Z")).build();
        Step negative = Step.builder(StepKind.LLM_CALL).costMicros(-7).build();

        assertThat(problem(valid().steps(java.util.List.of(fine, late))))
                .isEqualTo("steps[1].at 9925-06-01T10:00:06Z is outside 2000-01-01T00:00:00Z..2199-12-31T23:59:59.999999999Z");
        assertThat(problem(valid().steps(java.util.List.of(fine, fine, negative))))
                .isEqualTo("steps[2].cost_usd -0.000007 is outside 0..1000000");
    }

    @Test
    void stepTotalsBeyondALongAreNotWrappedIntoTheRange() {
        Step huge = Step.builder(StepKind.LLM_CALL).inputTokens(Long.MAX_VALUE).costMicros(Long.MAX_VALUE).build();
        Execution e = Execution.builder("k").startedAt(Instant.parse("2024-10-15T13:43:11Z")).steps(java.util.List.of(huge, huge))
                .build();

        assertThat(e.inputTokens()).isEqualTo(Long.MAX_VALUE);
        assertThat(e.costMicros()).isEqualTo(Long.MAX_VALUE);
        assertThat(ValueRanges.problem(e)).startsWith("input_tokens 9223372036854775807 is outside");
    }

    @Test
    void aNegativeDurationIsKeptForTheCheckNotMadeZero() {
        assertThat(valid().duration(Duration.ofMillis(-5)).build().duration()).isEqualTo(Duration.ofMillis(-5));
    }
}
