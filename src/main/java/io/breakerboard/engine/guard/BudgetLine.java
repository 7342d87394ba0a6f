package io.breakerboard.engine.guard;

import io.breakerboard.model.Money;
import java.util.Locale;

/**
 * Where one budget stands.
 *
 * @param scope    what it limits: {@code engine today}, {@code user u-1001 today}, {@code engine 2026-03}
 * @param spent    settled spend in the period, micro-dollars
 * @param reserved held for calls in flight, micro-dollars
 * @param limit    the limit, micro-dollars
 * @param warnAt   the share of the limit from which a warning is given
 */
public record BudgetLine(String scope, long spent, long reserved, long limit, double warnAt) {

    /** Settled spend as a share of the limit. */
    public double share() {
        return limit == 0 ? 0 : (double) spent / limit;
    }

    public boolean warning() {
        return share() >= warnAt;
    }

    /** {@code user u-1001 today: $41.20 of $50.00 (82 %) — warning}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s of %s (%.0f %%)%s", scope, Money.format(spent), Money.format(limit),
                share() * 100, warning() ? " - warning, " + Math.round(warnAt * 100) + " % reached" : "");
    }
}
