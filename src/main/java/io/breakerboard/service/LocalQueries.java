package io.breakerboard.service;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.store.ExecutionStore;
import java.util.List;
import java.util.Optional;

/** Executions read from the workspace's store. */
final class LocalQueries implements Queries {
    private final ExecutionStore executions;

    LocalQueries(ExecutionStore executions) {
        this.executions = executions;
    }

    @Override
    public List<Execution> executions(MetricsFilter filter, boolean failuresOnly, int limit) {
        return executions.find(filter, failuresOnly, limit);
    }

    @Override
    public Optional<Execution> execution(String key) {
        return executions.findByKey(key);
    }

    /** The newest {@code limit} executions of the filter with their steps, for the lab to replay. */
    List<Execution> withSteps(MetricsFilter filter, int limit) {
        // The list reads packed blocks without steps; each execution's steps are read by its key.
        return executions(filter, false, limit).stream().map(e -> execution(e.key()).orElse(e)).toList();
    }
}
