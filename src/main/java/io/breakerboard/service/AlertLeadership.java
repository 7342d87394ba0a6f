package io.breakerboard.service;

import io.breakerboard.store.LeaderLock;
import io.breakerboard.store.SharedChanges;
import java.util.function.BooleanSupplier;

/**
 * Whether this process judges the alert rules. Always, on a data directory's own store; on a team store only
 * the process holding the store's "alerts" lock, so the rules are judged and their transitions recorded once
 * per team, and another process takes over at its next tick when the holder stops (decision 0028). Asked
 * from the alert thread only.
 */
final class AlertLeadership implements BooleanSupplier {
    private static final System.Logger LOG = System.getLogger(AlertLeadership.class.getName());

    /** For a store one process holds. */
    static final BooleanSupplier ALWAYS = () -> true;

    private final LeaderLock lock;
    private boolean leading;

    private AlertLeadership(LeaderLock lock) {
        this.lock = lock;
    }

    /** Competes for the lock only when this process's role may record alerts: a viewer's never judges. */
    static BooleanSupplier of(SharedChanges shared) {
        return shared.mayWrite("alert_transitions") ? new AlertLeadership(shared.leaderLock("alerts")) : () -> false;
    }

    @Override
    public boolean getAsBoolean() {
        boolean now = lock.tryHold();
        if (now != leading) {
            LOG.log(System.Logger.Level.INFO, now ? "This process now judges the team store's alert rules"
                    : "Another process judges the team store's alert rules now");
            leading = now;
        }
        return now;
    }

    void release() {
        lock.release();
    }
}
