package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.BreakerStatus.State;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreakerOpenRuleTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void aBreakerOpenLongerThanThirtySecondsFires() {
        f.breakers.put("model-api", new BreakerStatus(State.OPEN, f.now()));
        f.breakers.put("search-tool", new BreakerStatus(State.CLOSED, f.now().minusSeconds(600)));

        f.advance(Duration.ofSeconds(30));
        assertThat(f.evaluate(RuleKind.BREAKER_OPEN)).isEmpty();

        f.advance(Duration.ofSeconds(1));
        Alert a = f.evaluateOne(RuleKind.BREAKER_OPEN).orElseThrow();
        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(a.subject()).isEqualTo("model-api");
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.value()).isEqualTo(31.0);
        assertThat(a.message()).isEqualTo("Circuit breaker 'model-api' not closed for 31 s, above 30 s");
    }

    @Test
    void halfOpenTrialsDoNotEndTheOutage() {
        f.breakers.put("model-api", new BreakerStatus(State.OPEN, f.now()));
        f.advance(Duration.ofSeconds(40));
        f.evaluate(RuleKind.BREAKER_OPEN);

        f.breakers.put("model-api", new BreakerStatus(State.HALF_OPEN, EngineFixture.T0));
        f.advance(Duration.ofSeconds(5));
        Alert a = f.evaluateOne(RuleKind.BREAKER_OPEN).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(a.value()).isEqualTo(45.0);
        assertThat(f.changes(RuleKind.BREAKER_OPEN)).containsExactly(FIRING);
    }

    @Test
    void resolvesWhenTheBreakerCloses() {
        f.breakers.put("model-api", new BreakerStatus(State.OPEN, f.now()));
        f.advance(Duration.ofSeconds(40));
        f.evaluate(RuleKind.BREAKER_OPEN);

        f.breakers.put("model-api", new BreakerStatus(State.CLOSED, f.now()));
        f.advance(Duration.ofSeconds(1));
        Alert a = f.evaluateOne(RuleKind.BREAKER_OPEN).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(a.message()).isEqualTo("Circuit breaker 'model-api' closed again");
        assertThat(f.changes(RuleKind.BREAKER_OPEN)).containsExactly(FIRING, RESOLVED);
    }

    @Test
    void resolvesWhenTheBreakerIsNoLongerReported() {
        f.breakers.put("model-api", new BreakerStatus(State.OPEN, f.now()));
        f.advance(Duration.ofSeconds(40));
        f.evaluate(RuleKind.BREAKER_OPEN);

        f.breakers.clear();
        Alert a = f.evaluateOne(RuleKind.BREAKER_OPEN).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(a.message()).isEqualTo("Circuit breaker 'model-api' no longer judged: breaker no longer reported");
    }
}
