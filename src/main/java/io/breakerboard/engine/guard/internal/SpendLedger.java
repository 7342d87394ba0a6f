package io.breakerboard.engine.guard.internal;

import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Engine-wide spend against the shared budgets: the engine per UTC day, each end user per UTC day and the engine
 * per calendar month of the engine clock. A call first reserves its worst case against all three (money held for
 * calls in flight counts as spent), then settles with what it was billed; so however many executions run at once,
 * settled spend never passes a limit. Reaching the warning share of a budget is told once per period, to the
 * execution whose spend reached it. Thread-safe.
 */
public final class SpendLedger {
    private final EngineClock clock;
    private final GuardSettings settings;
    private LocalDate day;
    private YearMonth month;
    private long engineToday;
    private long engineMonth;
    private final Map<String, Long> usersToday = new HashMap<>();
    private long reserved;
    private final Map<String, Long> reservedByUser = new HashMap<>();
    private final Set<String> warned = new HashSet<>();

    public SpendLedger(EngineClock clock, GuardSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Holds {@code micros} for a call made for {@code userId}.
     *
     * @throws GuardStop BUDGET_EXCEEDED naming the budget that cannot cover it
     */
    public synchronized Reservation reserve(String userId, long micros) {
        roll();
        String user = userId == null ? "" : userId;
        long userHeld = usersToday.getOrDefault(user, 0L) + reservedByUser.getOrDefault(user, 0L);
        refuseOver("daily budget of the engine", engineToday + reserved, micros, settings.dailyBudgetMicros());
        refuseOver("daily budget of user " + user, userHeld, micros, settings.userDailyBudgetMicros());
        refuseOver("monthly budget of the engine", engineMonth + reserved, micros, settings.monthlyBudgetMicros());
        reserved += micros;
        reservedByUser.merge(user, micros, Long::sum);
        return new Reservation(user, micros);
    }

    private static void refuseOver(String budget, long held, long micros, long limit) {
        if (held + micros > limit) {
            throw new GuardStop(CostBudget.NAME, ErrorKind.BUDGET_EXCEEDED, Outcome.PARTIAL, budget + " of "
                    + Money.format(limit) + " would be exceeded: spent or held " + Money.format(held)
                    + ", next call may cost up to " + Money.format(micros));
        }
    }

    /**
     * Releases a reservation and books what was billed (at most the amount reserved).
     *
     * @return the budgets that reached their warning share with this spend, each told once per period
     */
    public synchronized List<BudgetLine> settle(Reservation r, long billedMicros) {
        long billed = Math.max(0, Math.min(billedMicros, r.micros()));
        List<BudgetLine> crossed = new ArrayList<>();
        {
            roll();
            reserved -= r.micros();
            reservedByUser.merge(r.userId(), -r.micros(), Long::sum);
            engineToday += billed;
            engineMonth += billed;
            usersToday.merge(r.userId(), billed, Long::sum);
            for (BudgetLine line : linesFor(r.userId())) {
                String period = line.scope().endsWith("today") ? line.scope() + "@" + day : line.scope();
                if (line.warning() && warned.add(period)) {
                    crossed.add(line);
                }
            }
        }
        return crossed;
    }

    /** Settled spend of the engine today, micro-dollars. */
    public synchronized long spentToday() {
        roll();
        return engineToday;
    }

    /** Every budget now: the engine today and this month, then each user who spent today. */
    public synchronized List<BudgetLine> lines() {
        roll();
        List<BudgetLine> out = new ArrayList<>();
        out.add(line("engine today", engineToday, reserved, settings.dailyBudgetMicros()));
        out.add(line("engine " + month, engineMonth, reserved, settings.monthlyBudgetMicros()));
        new TreeMap<>(usersToday).forEach((u, spent) -> out.add(line("user " + u + " today", spent,
                reservedByUser.getOrDefault(u, 0L), settings.userDailyBudgetMicros())));
        return out;
    }

    private List<BudgetLine> linesFor(String user) {
        return List.of(line("engine today", engineToday, reserved, settings.dailyBudgetMicros()),
                line("engine " + month, engineMonth, reserved, settings.monthlyBudgetMicros()),
                line("user " + user + " today", usersToday.getOrDefault(user, 0L),
                        reservedByUser.getOrDefault(user, 0L), settings.userDailyBudgetMicros()));
    }

    private BudgetLine line(String scope, long spent, long held, long limit) {
        return new BudgetLine(scope, spent, held, limit, settings.warnShare());
    }

    private void roll() {
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            engineToday = 0;
            usersToday.clear();
        }
        YearMonth now = YearMonth.from(today);
        if (!now.equals(month)) {
            month = now;
            engineMonth = 0;
        }
    }
}
