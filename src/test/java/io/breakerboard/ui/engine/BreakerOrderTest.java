package io.breakerboard.ui.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.reliability.BreakerState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Reliability tab lists the worst breakers first, so a tripped one is never below the fold. */
class BreakerOrderTest {
    private static BreakerRow row(String name, String kind, BreakerState state) {
        return new BreakerRow(name, kind, state, state.name(), "0.0%", "0.0%", 0, 0, 0, 0, 0, 0, 0, 0, "–", "–", "–", 0, Set.of());
    }

    @Test
    void trippedBreakersComeFirstThenModelsThenToolsByName() {
        List<BreakerRow> rows = List.of(row("atlas-pro", "model", BreakerState.CLOSED), row("search", "tool", BreakerState.CLOSED),
                row("get_pod_logs", "tool", BreakerState.OPEN), row("atlas-mini", "model", BreakerState.HALF_OPEN),
                row("billing", "tool", BreakerState.CLOSED));

        assertThat(rows.stream().sorted(ReliabilityViewModel.ORDER).map(BreakerRow::name))
                .containsExactly("atlas-mini", "get_pod_logs", "atlas-pro", "billing", "search");
    }
}
