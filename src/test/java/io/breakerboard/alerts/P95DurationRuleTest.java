package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.PENDING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class P95DurationRuleTest {
    private final EngineFixture f = new EngineFixture();

    private void run(String agent, int count, long seconds) {
        f.metrics.add(f.now(), agent, count, 0, Duration.ofSeconds(seconds), 0);
    }

    @Test
    void onlyTheSlowAgentIsPendingThenFiresAfterAMinute() {
        run("researcher", 10, 40);
        run("planner", 10, 2);

        Alert pending = f.evaluateOne(RuleKind.P95_DURATION).orElseThrow();
        assertThat(pending.subject()).isEqualTo("researcher");
        assertThat(pending.state()).isEqualTo(AlertState.PENDING);

        f.advance(Duration.ofMinutes(1));
        Alert firing = f.evaluateOne(RuleKind.P95_DURATION).orElseThrow();
        assertThat(firing.state()).isEqualTo(AlertState.FIRING);
        assertThat(firing.value()).isEqualTo(40.0);
        assertThat(firing.unit()).isEqualTo("s");
        assertThat(firing.message()).isEqualTo("P95 duration of agent 'researcher' 40 s over the last 10 min, above 30 s");
    }

    @Test
    void eachAgentHasItsOwnAlert() {
        run("researcher", 10, 40);
        run("writer", 10, 35);

        assertThat(f.evaluate(RuleKind.P95_DURATION)).extracting(Alert::subject)
                .containsExactlyInAnyOrder("researcher", "writer");
    }

    @Test
    void resolvesOnlyOnceTheP95IsBelowTheRecoveryThreshold() {
        run("researcher", 10, 40);
        f.evaluate(RuleKind.P95_DURATION);
        f.advance(Duration.ofMinutes(1));
        f.evaluate(RuleKind.P95_DURATION);

        f.advance(Duration.ofMinutes(10));
        run("researcher", 10, 28);
        assertThat(f.evaluateOne(RuleKind.P95_DURATION).orElseThrow().state()).isEqualTo(AlertState.FIRING);

        f.advance(Duration.ofMinutes(10));
        run("researcher", 10, 20);
        Alert resolved = f.evaluateOne(RuleKind.P95_DURATION).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.message())
                .isEqualTo("P95 duration of agent 'researcher' back to 20 s over the last 10 min, below 25 s");
        assertThat(f.changes(RuleKind.P95_DURATION)).containsExactly(PENDING, FIRING, RESOLVED);
    }

    @Test
    void anAgentWithTooFewExecutionsIsNotJudged() {
        run("researcher", 4, 90);

        assertThat(f.evaluate(RuleKind.P95_DURATION)).isEmpty();
    }
}
