package io.breakerboard.service;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import java.util.List;
import java.util.Optional;

/** Stored executions: lists for the dashboard's tables and whole executions for traces. Every method runs a query. */
public interface Queries {

    /** Executions in the filter, newest first, without their steps. */
    List<Execution> executions(MetricsFilter filter, boolean failuresOnly, int limit);

    /** One execution with all its steps. */
    Optional<Execution> execution(String key);
}
