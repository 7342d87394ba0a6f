package io.breakerboard.engine.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.RecordingAuditLog;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets that hold: the worst case is reserved before a model call, so no spike can carry spend past a limit. */
class HardBudgetTest {
    /** Every model answer uses ten times the tokens (and money) expected: a token spike. */
    private static final CallInterceptor SPIKE = new CallInterceptor() {
        @Override
        public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
            Attempt<T> a = next.proceed();
            return site.kind() == CallKind.MODEL ? a.withUsage(a.usage().scaled(10)) : a;
        }
    };

    private static ExecutionSpec spec(int i, String user) {
        PatternKind p = PatternKind.values()[i % PatternKind.values().length];
        AgentSpec agent = AgentCatalog.all().stream().filter(a -> a.domain() == p.domain()).toList().get(i % 2);
        ExecutionSpec s = EngineFixtures.spec(agent, p, 500 + i);
        return new ExecutionSpec(s.key() + "-" + i, agent, s.instance(), s.pattern(), s.task(), s.seed(), user,
                s.sessionId() + "-" + i);
    }

    @Test
    void underATokenSpikeNoExecutionSpendsMoreThanItsBudget() {
        long limit = Money.ofUsd(0.05);
        EngineRuntime rt = EngineFixtures.builder(EngineFixtures.clock())
                .guards(GuardSettings.defaults().withExecutionBudget(limit)).runtime();
        rt.caller().interceptor(SPIKE);
        List<Execution> runs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            runs.add(EngineFixtures.run(rt, spec(i, "u-" + (i % 7))));
        }
        long max = runs.stream().mapToLong(Execution::costMicros).max().orElseThrow();
        assertThat(max).as("most any execution spent, micro-dollars").isLessThanOrEqualTo(limit);
        assertThat(runs).as("the spike does drive executions into the budget")
                .anyMatch(e -> e.errorKind() == ErrorKind.BUDGET_EXCEEDED);
        assertThat(runs.stream().flatMap(e -> e.steps().stream()))
                .anyMatch(s -> s.attributes().containsKey("usage_capped"));
    }

    @Test
    void aUsersDailyBudgetWarnsOnceAt80PercentStopsAtTheLimitAndRenewsTheNextDay() {
        long limit = Money.ofUsd(0.10);
        VirtualClock clock = EngineFixtures.clock();
        RecordingAuditLog audit = new RecordingAuditLog();
        EngineRuntime rt = EngineFixtures.builder(clock).audit(audit)
                .guards(GuardSettings.defaults().withUserDailyBudget(limit)).runtime();
        List<Execution> runs = new ArrayList<>();
        for (int i = 0; i < 60 && (runs.isEmpty() || runs.get(runs.size() - 1).errorKind() != ErrorKind.BUDGET_EXCEEDED); i++) {
            runs.add(EngineFixtures.run(rt, spec(i, "u-heavy")));
        }
        Execution stopped = runs.get(runs.size() - 1);
        assertThat(stopped.errorKind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
        assertThat(stopped.errorMessage()).contains("daily budget of user u-heavy");
        BudgetLine user = rt.spend().lines().stream().filter(l -> l.scope().equals("user u-heavy today")).findFirst()
                .orElseThrow();
        assertThat(user.spent()).isLessThanOrEqualTo(limit);
        assertThat(user.warning()).isTrue();
        assertThat(user.describe()).contains("warning, 80 % reached");
        assertThat(runs.stream().flatMap(e -> e.steps().stream())
                .filter(s -> "budget-warning".equals(s.name()) && s.output().contains("user u-heavy today")))
                .as("one warning for the user's day").hasSize(1);
        assertThat(audit.records()).filteredOn(r -> r.toolResultSummary() != null
                && r.toolResultSummary().startsWith("Budget warning: user u-heavy today")).hasSize(1);
        Execution other = EngineFixtures.run(rt, spec(1, "u-light"));
        assertThat(other.errorKind()).as("another user's budget is untouched").isNotEqualTo(ErrorKind.BUDGET_EXCEEDED);

        clock.advance(Duration.ofDays(1));
        Execution nextDay = EngineFixtures.run(rt, spec(0, "u-heavy"));
        assertThat(nextDay.steps()).as("a new day, a new budget")
                .anyMatch(s -> s.kind() == StepKind.LLM_CALL && !s.failed());
        assertThat(nextDay.steps()).noneMatch(s -> s.kind() == StepKind.GUARDRAIL
                && s.output() != null && s.output().contains("daily budget of user") && s.index() < 4);
    }

    @Test
    void theMonthlyBudgetOfTheEngineHoldsAcrossUsersAndRenewsWithTheMonth() {
        long limit = Money.ofUsd(0.08);
        VirtualClock clock = EngineFixtures.clock();
        EngineRuntime rt = EngineFixtures.builder(clock)
                .guards(GuardSettings.defaults().withMonthlyBudget(limit)).runtime();
        Execution last = null;
        for (int i = 0; i < 60 && (last == null || last.errorKind() != ErrorKind.BUDGET_EXCEEDED); i++) {
            last = EngineFixtures.run(rt, spec(i, "u-" + i));
            clock.advance(Duration.ofHours(6));
        }
        assertThat(last.errorMessage()).contains("monthly budget of the engine");
        BudgetLine month = rt.spend().lines().get(1);
        assertThat(month.scope()).isEqualTo("engine 2026-03");
        assertThat(month.spent()).isLessThanOrEqualTo(limit);

        clock.advance(Duration.ofDays(31));
        assertThat(rt.spend().lines().get(1).spent()).isZero();
    }
}
