package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Walks a filter's executions a page at a time, each page starting after the last row of the one before. */
final class ExecutionPages implements Iterator<Execution> {
    static final int PAGE_SIZE = 2_000;

    /** An execution with its surrogate id, the tie-breaker of the paging order. */
    record Row(long id, Execution execution) {
    }

    @FunctionalInterface
    interface PageReader {
        List<Row> read(MetricsFilter filter, boolean failuresOnly, Row after, int size);
    }

    private final PageReader reader;
    private final MetricsFilter filter;
    private final boolean failuresOnly;
    private List<Row> page;
    private int next;
    private boolean last;

    /** The first {@code limit} executions of the filter, in the paging order. */
    static List<Execution> first(PageReader reader, MetricsFilter filter, boolean failuresOnly, int limit) {
        List<Execution> result = new ArrayList<>();
        for (Row row : reader.read(filter, failuresOnly, null, limit)) {
            result.add(row.execution());
        }
        return result;
    }

    ExecutionPages(PageReader reader, MetricsFilter filter, boolean failuresOnly) {
        this.reader = reader;
        this.filter = filter;
        this.failuresOnly = failuresOnly;
    }

    @Override
    public boolean hasNext() {
        if (page != null && next < page.size()) {
            return true;
        }
        if (last) {
            return false;
        }
        Row after = page == null || page.isEmpty() ? null : page.get(page.size() - 1);
        page = reader.read(filter, failuresOnly, after, PAGE_SIZE);
        next = 0;
        last = page.size() < PAGE_SIZE;
        return !page.isEmpty();
    }

    @Override
    public Execution next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(next++).execution();
    }
}
