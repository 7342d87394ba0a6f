package io.breakerboard.engine.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.guard.internal.CostBudget;
import io.breakerboard.engine.guard.internal.GuardSettings;
import io.breakerboard.engine.guard.internal.GuardStop;
import io.breakerboard.engine.guard.internal.SpendLedger;
import io.breakerboard.engine.llm.Price;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.AttemptRecord;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A model at $1 per million input and $10 per million output tokens; a request of 1,000 input tokens expecting 100
 * output tokens may produce 400, so its worst case is 1,000 + 4,000 = 5,000 micro-dollars.
 */
class BudgetedAttemptsTest {
    private static final long WORST = 5_000;
    private final PriceTable prices = new PriceTable(Map.of("m", new Price(1_000_000, 10_000_000)));
    private final ModelRequest request = new ModelRequest("m", "reason", "p", 1_000, 100, "ok");

    private CostBudget budget(long executionMicros) {
        GuardSettings s = GuardSettings.builder().executionBudgetMicros(executionMicros).build();
        return new CostBudget(s, new SpendLedger(EngineFixtures.clock(), s), "u-1");
    }

    private static CallSite site(int attempt) {
        return new CallSite(CallKind.MODEL, "m", "a#1", "e-1", attempt, null, 1);
    }

    private static AttemptRecord record(int n, CallOutcome outcome, Usage usage) {
        return new AttemptRecord(n, EngineFixtures.T0, Duration.ofMillis(300), outcome,
                outcome == CallOutcome.SUCCESS ? null : new CallFailure(FailureType.SERVER_ERROR, "503"), usage);
    }

    @Test
    void theFirstAttemptIsRefusedBeforeAnythingIsSentWhenItsWorstCaseDoesNotFit() {
        BudgetedAttempts b = new BudgetedAttempts(request, budget(WORST - 1), prices);
        assertThatThrownBy(b::reserveFirst).isInstanceOf(GuardStop.class).hasMessageContaining("execution budget");
    }

    @Test
    void aRetryTheBudgetCannotCoverIsRefusedAsBudgetExceededWithoutCallingTheModel() {
        CostBudget budget = budget(WORST + 1_000);
        BudgetedAttempts b = new BudgetedAttempts(request, budget, prices).reserveFirst();
        int[] sent = {0};
        Function<CallSite, Attempt<ModelResponse>> wrapped = b.around(s -> {
            sent[0]++;
            return Attempt.ok(new ModelResponse("m", "ok"), Duration.ofMillis(300), Usage.NONE);
        });
        assertThat(wrapped.apply(site(1)).succeeded()).isTrue();
        Attempt<ModelResponse> retry = wrapped.apply(site(2));
        assertThat(retry.failure().type()).isEqualTo(FailureType.BUDGET_EXCEEDED);
        assertThat(retry.latency()).isZero();
        assertThat(sent[0]).isEqualTo(1);
        assertThat(b.refused()).isNotNull();
    }

    @Test
    void aReplyLongerThanTheCeilingIsBilledOnlyUpToIt() {
        BudgetedAttempts b = new BudgetedAttempts(request, budget(100_000), prices).reserveFirst();
        AttemptRecord huge = record(1, CallOutcome.SUCCESS, new Usage(1_000, 2_000, 21_000));
        assertThat(b.billed(huge)).isEqualTo(new Usage(1_000, 400, WORST));
        assertThat(b.capped(huge)).isTrue();
        AttemptRecord normal = record(1, CallOutcome.SUCCESS, new Usage(1_000, 120, 2_200));
        assertThat(b.billed(normal)).isEqualTo(normal.usage());
        assertThat(b.capped(normal)).isFalse();
    }

    @Test
    void settlingBooksEachAttemptsBillAndFreesWhatWasNotUsed() {
        CostBudget budget = budget(100_000);
        BudgetedAttempts b = new BudgetedAttempts(request, budget, prices).reserveFirst();
        b.around(s -> Attempt.ok(new ModelResponse("m", "ok"), Duration.ZERO, Usage.NONE)).apply(site(2));
        long total = b.settle(List.of(record(1, CallOutcome.FAILURE, new Usage(1_000, 0, 1_000)),
                record(2, CallOutcome.SUCCESS, new Usage(1_000, 100, 2_000))));
        assertThat(total).isEqualTo(3_000);
        assertThat(budget.spent()).isEqualTo(3_000);
        assertThat(b.billed(record(3, CallOutcome.SUCCESS, new Usage(1, 1, 1)))).as("never sent").isEqualTo(Usage.NONE);
    }

    @Test
    void anAbandonedCallIsBookedAtItsWorstCase() {
        CostBudget budget = budget(100_000);
        new BudgetedAttempts(request, budget, prices).reserveFirst().abandon();
        assertThat(budget.spent()).isEqualTo(WORST);
    }
}
