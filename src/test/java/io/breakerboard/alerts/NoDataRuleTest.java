package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoDataRuleTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void anEmptyWorkspaceRaisesNothing() {
        f.evaluate(RuleKind.NO_DATA);
        f.advance(Duration.ofHours(3));

        assertThat(f.evaluate(RuleKind.NO_DATA)).isEmpty();
    }

    @Test
    void firesWhenNothingNewArrivedForTenMinutesAndResolvesWhenDataComesBack() {
        f.metrics.add(f.now(), 1, 0);
        f.evaluate(RuleKind.NO_DATA);

        f.advance(Duration.ofMinutes(10));
        assertThat(f.evaluate(RuleKind.NO_DATA)).isEmpty();

        f.advance(Duration.ofSeconds(30));
        Alert a = f.evaluateOne(RuleKind.NO_DATA).orElseThrow();
        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(a.value()).isEqualTo(10.5);
        assertThat(a.message()).isEqualTo("No new executions for 10.5 min, above 10 min");

        f.advance(Duration.ofSeconds(5)).metrics.add(f.now(), 1, 0);
        Alert back = f.evaluateOne(RuleKind.NO_DATA).orElseThrow();
        assertThat(back.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(back.message()).isEqualTo("New executions are arriving again");
        assertThat(f.changes(RuleKind.NO_DATA)).containsExactly(FIRING, RESOLVED);
    }

    @Test
    void steadyArrivalsKeepItQuiet() {
        for (int minute = 0; minute < 30; minute++) {
            f.metrics.add(f.now(), 1, 0);
            f.evaluate(RuleKind.NO_DATA);
            f.advance(Duration.ofMinutes(1));
        }

        assertThat(f.changes(RuleKind.NO_DATA)).isEmpty();
    }
}
