package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.model.ErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttentionScoreTest {
    private static AgentStats agent(String name, long runs, long failures, long p95Ms, long costMicros, Map<ErrorKind, Long> errors) {
        Duration p95 = Duration.ofMillis(p95Ms);
        return new AgentStats(name, runs, runs - failures, failures, 0,
                new DurationStats(runs, p95, p95, p95, p95, p95, p95), 0, 0, costMicros, errors);
    }

    @Test
    void anAgentThatAlwaysFailsAndIsSlowestAndDearestScoresOneHundred() {
        List<AgentRow> rows = AttentionScore.rank(List.of(
                agent("worst", 10, 10, 9_000, 10_000_000, Map.of(ErrorKind.TIMEOUT, 10L)),
                agent("fine", 10, 0, 900, 1_000_000, Map.of())));

        assertThat(rows.get(0).agent()).isEqualTo("worst");
        assertThat(rows.get(0).score()).isCloseTo(100, within(1e-9));
        assertThat(rows.get(1).score()).isCloseTo(25 * 0.1 + 15 * 0.1, within(1e-9));
    }

    @Test
    void errorsWeighMoreThanLatencyAndCost() {
        List<AgentRow> rows = AttentionScore.rank(List.of(
                agent("slow-and-dear", 100, 0, 10_000, 5_000_000, Map.of()),
                agent("failing", 100, 80, 1_000, 500_000, Map.of(ErrorKind.TOOL_ERROR, 80L))));

        assertThat(rows).extracting(AgentRow::agent).containsExactly("failing", "slow-and-dear");
    }

    @Test
    void listsTheTwoMostFrequentErrorKinds() {
        String top = AttentionScore.topErrors(Map.of(ErrorKind.TIMEOUT, 3L, ErrorKind.TOOL_ERROR, 12L, ErrorKind.RATE_LIMIT, 1L));

        assertThat(top).isEqualTo("TOOL_ERROR 12, TIMEOUT 3");
    }
}
