package io.breakerboard.service;

import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.SharedChanges;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Looks at a team store's newest change number on a schedule and, when other processes stored something, has
 * the pipeline apply it, so the dashboards and live panels show it as they show this process's own imports.
 * One small query per look; a failed look (server restarting) is logged and tried again at the next.
 */
final class SharedStoreWatch {
    private static final System.Logger LOG = System.getLogger(SharedStoreWatch.class.getName());

    private final SharedChanges changes;
    private final Pipeline pipeline;
    private final AtomicBoolean following = new AtomicBoolean();
    private volatile boolean failing;

    private SharedStoreWatch(SharedChanges changes, Pipeline pipeline) {
        this.changes = changes;
        this.pipeline = pipeline;
    }

    static SharedStoreWatch start(SharedChanges changes, Pipeline pipeline, ScheduledExecutorService scheduler,
                                  Duration every) {
        SharedStoreWatch watch = new SharedStoreWatch(changes, pipeline);
        scheduler.scheduleWithFixedDelay(watch::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    private void look() {
        try {
            if (changes.latestChange() > pipeline.sharedWatermark() && following.compareAndSet(false, true)) {
                pipeline.followShared().whenComplete((n, t) -> {
                    following.set(false);
                    report(t);
                });
            }
            report(null);
        } catch (RuntimeException e) {
            report(e);
        }
    }

    // Once per outage, not at every look.
    private void report(Throwable t) {
        if (t != null && !failing) {
            failing = true;
            LOG.log(System.Logger.Level.WARNING, "Cannot follow the team store; trying again: " + t.getMessage());
        } else if (t == null && failing) {
            failing = false;
            LOG.log(System.Logger.Level.INFO, "Following the team store again");
        }
    }
}
