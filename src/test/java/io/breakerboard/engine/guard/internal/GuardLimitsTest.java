package io.breakerboard.engine.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;
import org.junit.jupiter.api.Test;

class GuardLimitsTest {

    @Test
    void theIterationPastTheMaximumStopsWithAPartialAnswerNamingTheLimit() {
        IterationLimit limit = new IterationLimit(2);
        limit.next("sre-triage");
        limit.next("sre-triage");
        assertThat(limit.used()).isEqualTo(2);
        GuardStop stop = catchThrowableOfType(() -> limit.next("sre-triage"), GuardStop.class);
        assertThat(stop.guard()).isEqualTo(IterationLimit.NAME);
        assertThat(stop.kind()).isEqualTo(ErrorKind.MAX_ITERATIONS);
        assertThat(stop.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(stop).hasMessage("sre-triage used all 2 iterations without a final answer");
        assertThat(limit.used()).isEqualTo(2);
        assertThatThrownBy(() -> new IterationLimit(0)).hasMessage("maxIterations must be at least 1, got 0");
    }

    @Test
    void theThresholdthIdenticalCallOfOneActorIsALoopThatFails() {
        LoopDetector loops = new LoopDetector(3);
        ToolCall call = ToolCall.of("list_pods", "namespace", "commerce");
        loops.check("sre-triage", call);
        loops.check("sre-triage", call);
        loops.check("sre-triage#sub", call);
        loops.check("sre-triage", ToolCall.of("list_pods", "namespace", "platform"));
        GuardStop stop = catchThrowableOfType(() -> loops.check("sre-triage", call), GuardStop.class);
        assertThat(stop.kind()).isEqualTo(ErrorKind.LOOP_DETECTED);
        assertThat(stop.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(stop).hasMessage("sre-triage called list_pods 3 times with the same arguments {\"namespace\":\"commerce\"}");
    }

    @Test
    void aRoleBelowTheToolsRequirementIsDeniedNamingAgentRoleAndTool() {
        ToolAuthorizer authorizer = new ToolAuthorizer();
        var approve = ToolCatalog.standard().get("approve_payment").spec();
        assertThat(authorizer.deny("payments-controller", Permission.ADMIN, approve)).isEmpty();
        assertThat(authorizer.deny("invoice-clerk", Permission.WRITE, approve)).contains(
                "agent invoice-clerk with role WRITE may not call approve_payment, which requires ADMIN");
    }

    @Test
    void anExecutionsBudgetRefusesTheCallWhoseWorstCaseWouldCrossItAndNamesTheLimit() {
        GuardSettings settings = GuardSettings.builder().executionBudgetMicros(10_000).build();
        CostBudget budget = new CostBudget(settings, new SpendLedger(EngineFixtures.clock(), settings), "u-1001");
        Reservation first = budget.reserve(6_000);
        assertThat(budget.settle(first, 4_000)).isEqualTo(4_000);
        Reservation second = budget.reserve(6_000);
        GuardStop stop = catchThrowableOfType(() -> budget.reserve(5_000), GuardStop.class);
        assertThat(stop.kind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
        assertThat(stop.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(stop).hasMessage("execution budget of $0.01 would be exceeded: spent $0.0040, next call may cost up to "
                + "$0.0050");
        assertThat(budget.settle(second, 9_999)).as("never more than reserved").isEqualTo(6_000);
        assertThat(budget.spent()).isEqualTo(10_000);
    }

    @Test
    void aBudgetLineSaysWhereItStandsAndWarnsFromItsShare() {
        BudgetLine line = new BudgetLine("user u-1001 today", 41_200_000, 0, 50_000_000, 0.8);
        assertThat(line.share()).isEqualTo(0.824);
        assertThat(line.warning()).isTrue();
        assertThat(line.describe()).isEqualTo("user u-1001 today: $41.20 of $50.00 (82 %) - warning, 80 % reached");
        BudgetLine calm = new BudgetLine("engine today", 1_000_000, 5_000_000, 200_000_000, 0.8);
        assertThat(calm.warning()).as("held money is not spent").isFalse();
        assertThat(calm.describe()).isEqualTo("engine today: $1.00 of $200.00 (1 %)");
    }

    @Test
    void settingsStartFromTheDocumentedDefaultsAndRefuseInvalidValuesNamingThem() {
        GuardSettings d = GuardSettings.defaults();
        assertThat(d.executionBudgetMicros()).isEqualTo(500_000);
        assertThat(d.dailyBudgetMicros()).isEqualTo(200_000_000);
        assertThat(d.userDailyBudgetMicros()).isEqualTo(50_000_000);
        assertThat(d.monthlyBudgetMicros()).isEqualTo(5_000_000_000L);
        assertThat(d.loopThreshold()).isEqualTo(3);
        assertThat(d.warnShare()).isEqualTo(0.8);
        assertThat(d.withDailyBudget(7).dailyBudgetMicros()).isEqualTo(7);
        assertThat(d.withDailyBudget(7).withMonthlyBudget(9)).isEqualTo(GuardSettings.builder().dailyBudgetMicros(7)
                .monthlyBudgetMicros(9).build());
        assertThatThrownBy(() -> GuardSettings.builder().loopThreshold(1).build())
                .hasMessage("loopThreshold must be at least 2, got 1");
        assertThatThrownBy(() -> GuardSettings.builder().warnShare(1.5).build())
                .hasMessage("warnShare must be above 0 and at most 1, got 1.5");
        assertThatThrownBy(() -> d.withUserDailyBudget(0)).hasMessageContaining("per user daily 0");
    }
}
