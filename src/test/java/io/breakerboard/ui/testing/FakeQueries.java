package io.breakerboard.ui.testing;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.service.Queries;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The executions of a {@link FakeData}: lists without steps, newest first, as the store reads them. */
public final class FakeQueries implements Queries {
    private final FakeData data;
    private final AtomicInteger failureQueries = new AtomicInteger();

    public FakeQueries(FakeData data) {
        this.data = data;
    }

    /** How often the failures alone were asked for (the dashboard's recent-failures table). */
    public int failureQueries() {
        return failureQueries.get();
    }

    @Override
    public List<Execution> executions(MetricsFilter filter, boolean failuresOnly, int limit) {
        if (failuresOnly) {
            failureQueries.incrementAndGet();
        }
        return listed(data, filter, failuresOnly, limit);
    }

    static List<Execution> listed(FakeData data, MetricsFilter filter, boolean failuresOnly, int limit) {
        return data.in(filter).filter(e -> !failuresOnly || !e.succeeded())
                .sorted(Comparator.comparing(Execution::startedAt).reversed())
                .limit(limit)
                .map(e -> e.toBuilder().steps(List.of()).build())
                .toList();
    }

    @Override
    public Optional<Execution> execution(String key) {
        return data.get(key);
    }
}
