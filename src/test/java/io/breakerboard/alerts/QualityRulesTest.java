package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.PENDING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.model.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityRulesTest {
    private final EngineFixture f = new EngineFixture();
    private int runs;

    private void tools(String agent, int count, int calls, int failures) {
        for (int i = 0; i < count; i++) {
            f.engine.inspect(Execution.builder("run-" + runs++).agent(agent).startedAt(f.now())
                    .duration(Duration.ofSeconds(1)).outcome(Outcome.SUCCESS).toolCalls(calls).toolFailures(failures)
                    .build());
        }
    }

    private void verdicts(String agent, int count, double value) {
        for (int i = 0; i < count; i++) {
            f.engine.inspect(Execution.builder("run-" + runs++).agent(agent).startedAt(f.now())
                    .duration(Duration.ofSeconds(1)).outcome(Outcome.SUCCESS)
                    .scores(List.of(Score.numeric("root_cause_found", value, ScoreSource.EVALUATOR, null, f.now())))
                    .build());
        }
    }

    @Test
    void anAgentsToolSuccessUnderEightyPercentIsPendingThenFiresNamingAgentRateWindowAndThreshold() {
        tools("triage", 5, 10, 3);
        tools("writer", 5, 10, 0);

        Alert pending = f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow();
        assertThat(pending.state()).isEqualTo(AlertState.PENDING);
        assertThat(pending.subject()).isEqualTo("triage");

        f.advance(Duration.ofMinutes(2));
        Alert firing = f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow();
        assertThat(firing.state()).isEqualTo(AlertState.FIRING);
        assertThat(firing.severity()).isEqualTo(Severity.WARNING);
        assertThat(firing.value()).isEqualTo(70.0);
        assertThat(firing.message()).isEqualTo("Tool success rate of agent 'triage' 70 % over the last 15 min, below 80 %");
    }

    @Test
    void toolSuccessResolvesOnlyAboveTheRecoveryThreshold() {
        tools("triage", 5, 10, 3);
        f.evaluate(RuleKind.TOOL_SUCCESS_RATE);
        f.advance(Duration.ofMinutes(2));
        f.evaluate(RuleKind.TOOL_SUCCESS_RATE);

        f.advance(Duration.ofSeconds(1));
        tools("triage", 5, 10, 0);
        Alert between = f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow();
        assertThat(between.value()).isEqualTo(85.0);
        assertThat(between.state()).isEqualTo(AlertState.FIRING);

        tools("triage", 1, 10, 0);
        Alert resolved = f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.message()).isEqualTo("Tool success rate of agent 'triage' back to 86.4 % over the last 15 min,"
                + " above 85 %");
        assertThat(f.changes(RuleKind.TOOL_SUCCESS_RATE)).containsExactly(PENDING, FIRING, RESOLVED);
    }

    @Test
    void toolSuccessIsNotJudgedUntilFiveExecutionsCalledATool() {
        tools("triage", 4, 2, 2);
        tools("triage", 3, 0, 0);
        assertThat(f.evaluate(RuleKind.TOOL_SUCCESS_RATE)).isEmpty();

        tools("triage", 1, 2, 2);
        assertThat(f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow().value()).isEqualTo(0.0);
    }

    @Test
    void aFiringAlertResolvesOnceItsExecutionsLeaveTheWindow() {
        tools("triage", 5, 10, 5);
        f.evaluate(RuleKind.TOOL_SUCCESS_RATE);
        f.advance(Duration.ofMinutes(2));
        assertThat(f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow().state()).isEqualTo(AlertState.FIRING);

        f.advance(Duration.ofMinutes(12));
        assertThat(f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow().state()).isEqualTo(AlertState.FIRING);
        f.advance(Duration.ofMinutes(1));
        Alert resolved = f.evaluateOne(RuleKind.TOOL_SUCCESS_RATE).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.message()).isEqualTo("Tool success rate of agent 'triage' no longer judged: fewer than 5"
                + " executions with tool calls in the last 15 min");
    }

    @Test
    void aNewVersionOfAnExecutionReplacesItsCounts() {
        for (int i = 0; i < 5; i++) {
            f.engine.inspect(Execution.builder("same-" + i).agent("triage").startedAt(f.now())
                    .outcome(Outcome.FAILURE).toolCalls(4).toolFailures(4).build());
        }
        for (int i = 0; i < 5; i++) {
            f.engine.inspect(Execution.builder("same-" + i).agent("triage").startedAt(f.now())
                    .outcome(Outcome.SUCCESS).toolCalls(4).toolFailures(0).build());
        }

        assertThat(f.evaluate(RuleKind.TOOL_SUCCESS_RATE)).isEmpty();
    }

    @Test
    void rootCauseFoundUnderSeventyPercentFiresAndResolvesAboveSeventyFive() {
        verdicts("sre", 3, 1.0);
        verdicts("sre", 2, 0.0);
        tools("sre", 3, 1, 0);

        Alert pending = f.evaluateOne(RuleKind.ROOT_CAUSE_RATE).orElseThrow();
        assertThat(pending.state()).isEqualTo(AlertState.PENDING);
        f.advance(Duration.ofMinutes(2));
        Alert firing = f.evaluateOne(RuleKind.ROOT_CAUSE_RATE).orElseThrow();
        assertThat(firing.state()).isEqualTo(AlertState.FIRING);
        assertThat(firing.message()).isEqualTo("Root-cause-found rate of agent 'sre' 60 % over the last 1 h, below 70 %");

        verdicts("sre", 3, 1.0);
        Alert atRecovery = f.evaluateOne(RuleKind.ROOT_CAUSE_RATE).orElseThrow();
        assertThat(atRecovery.value()).isEqualTo(75.0);
        assertThat(atRecovery.state()).isEqualTo(AlertState.FIRING);
        verdicts("sre", 1, 1.0);
        Alert resolved = f.evaluateOne(RuleKind.ROOT_CAUSE_RATE).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(f.changes(RuleKind.ROOT_CAUSE_RATE)).containsExactly(PENDING, FIRING, RESOLVED);
    }

    @Test
    void rootCauseIsNotJudgedUntilFiveExecutionsCarryAVerdict() {
        verdicts("sre", 4, 0.0);
        tools("sre", 5, 1, 0);
        assertThat(f.evaluate(RuleKind.ROOT_CAUSE_RATE)).isEmpty();

        f.engine.settings(AlertSettings.DEFAULTS.with(RuleKind.ROOT_CAUSE_RATE,
                AlertSettings.DEFAULTS.rootCauseRate().withMinExecutions(4)));
        assertThat(f.evaluateOne(RuleKind.ROOT_CAUSE_RATE).orElseThrow().value()).isEqualTo(0.0);
    }
}
