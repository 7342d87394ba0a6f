package io.breakerboard.engine.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpendLedgerTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-30T23:00:00Z"));
    private final GuardSettings settings = GuardSettings.builder().dailyBudgetMicros(1_000).userDailyBudgetMicros(400)
            .monthlyBudgetMicros(1_500).warnShare(0.5).build();
    private final SpendLedger ledger = new SpendLedger(clock, settings);

    private List<BudgetLine> spend(String user, long micros) {
        return ledger.settle(ledger.reserve(user, micros), micros);
    }

    @Test
    void aUsersDailyBudgetStopsThatUserOnlyAndNamesThem() {
        spend("u-1", 300);
        assertThatThrownBy(() -> ledger.reserve("u-1", 200))
                .isInstanceOf(GuardStop.class)
                .hasMessageStartingWith("daily budget of user u-1 of $0.0004 would be exceeded");
        spend("u-2", 300);
        assertThat(ledger.spentToday()).isEqualTo(600);
    }

    @Test
    void moneyHeldForCallsInFlightCountsAsSpent() {
        Reservation held = ledger.reserve("u-1", 350);
        assertThatThrownBy(() -> ledger.reserve("u-1", 100)).hasMessageContaining("user u-1");
        ledger.settle(held, 50);
        ledger.reserve("u-1", 100);
        assertThat(ledger.spentToday()).isEqualTo(50);
    }

    @Test
    void aWarningIsToldOncePerPeriodToTheExecutionThatReachedIt() {
        assertThat(spend("u-1", 100)).isEmpty();
        assertThat(spend("u-1", 100)).extracting(BudgetLine::scope).containsExactly("user u-1 today");
        assertThat(spend("u-1", 100)).isEmpty();
        assertThat(spend("u-2", 300)).extracting(BudgetLine::scope).containsExactly("engine today", "user u-2 today");
    }

    @Test
    void dailyBudgetsRenewAtMidnightUtcAndTheMonthlyOneWithTheMonth() {
        spend("u-1", 400);
        spend("u-2", 400);
        assertThatThrownBy(() -> ledger.reserve("u-3", 300)).hasMessageStartingWith("daily budget of the engine");
        clock.advance(Duration.ofHours(1));
        spend("u-1", 400);
        spend("u-2", 300);
        assertThat(ledger.spentToday()).isEqualTo(700);
        assertThatThrownBy(() -> ledger.reserve("u-3", 100))
                .as("800 on March 30 and 700 on March 31 use up the 1,500 of March")
                .hasMessageStartingWith("monthly budget of the engine");
        clock.advance(Duration.ofDays(1));
        ledger.reserve("u-3", 100);
        assertThat(ledger.lines().get(1).scope()).isEqualTo("engine 2026-04");
    }

    @Test
    void theLinesShowTheEngineTodayThisMonthAndEachUserWhoSpent() {
        spend("u-2", 100);
        spend("u-1", 50);
        assertThat(ledger.lines()).extracting(BudgetLine::scope)
                .containsExactly("engine today", "engine 2026-03", "user u-1 today", "user u-2 today");
        assertThat(ledger.lines().get(0).spent()).isEqualTo(150);
    }
}
