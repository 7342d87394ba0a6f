package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The newest executions of a filter in list order (latest start first, then highest id), found block by block:
 * blocks are visited latest start first, and the search stops at the first block whose latest start is older than
 * all it has kept. With logs written in time order that is one or two blocks for a page. Each execution comes without
 * its steps but with their count ({@link StepCounts}).
 */
final class NewestExecutions {
    private record Hit(long started, long id, ExecutionBlock block, int row) {
    }

    private static final Comparator<Hit> OLDEST_FIRST = Comparator.comparingLong(Hit::started).thenComparingLong(Hit::id);

    private NewestExecutions() {
    }

    /**
     * @param after  when not null, only executions after this one in list order (keyset paging)
     * @param limit  at most this many
     * @param stepCounts whether each execution comes with its step count (a query per page); 0 without
     */
    static List<ExecutionPages.Row> find(Connection c, StoredBlocks blocks, MetricsFilter filter, boolean failuresOnly,
                                         ExecutionPages.Row after, int limit, boolean stepCounts) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        long from = ExecutionBlock.microsFrom(filter.range().from());
        long to = ExecutionBlock.microsFrom(filter.range().to());
        long afterStarted = after == null ? Long.MAX_VALUE : ExecutionBlock.micros(after.execution().startedAt());
        long afterId = after == null ? Long.MAX_VALUE : after.id();
        if (after != null && afterStarted < Long.MAX_VALUE) {
            to = Math.min(to, afterStarted + 1);
        }
        PriorityQueue<Hit> kept = new PriorityQueue<>(Math.min(limit, 4_096) + 1, OLDEST_FIRST);
        for (BlockDirectory.Block b : blocks.directory(c).newestFirst(from, to, failuresOnly)) {
            if (kept.size() == limit && b.maxStarted() < kept.peek().started()) {
                break;
            }
            ExecutionBlock block = blocks.read(c, b);
            long[] started = block.numbers(BlockColumn.STARTED);
            String[] agents = filter.agents().isEmpty() ? null : block.texts(BlockColumn.AGENT);
            String[] patterns = filter.patterns().isEmpty() ? null : block.texts(BlockColumn.PATTERN);
            for (int i = 0; i < block.rows; i++) {
                long s = started[i];
                long id = block.id(i);
                if (s < from || s >= to || (s == afterStarted && id >= afterId)
                        || (agents != null && !filter.includesAgent(agents[i]))
                        || (patterns != null && !filter.includesPattern(patterns[i])) || (failuresOnly && !block.failed(i))) {
                    continue;
                }
                if (kept.size() < limit) {
                    kept.add(new Hit(s, id, block, i));
                } else if (s > kept.peek().started() || (s == kept.peek().started() && id > kept.peek().id())) {
                    kept.poll();
                    kept.add(new Hit(s, id, block, i));
                }
            }
        }
        List<Hit> hits = new ArrayList<>(kept);
        long[] ids = new long[hits.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = hits.get(i).id();
        }
        Map<Long, Integer> counts = stepCounts ? StepCounts.of(c, ids) : Map.of();
        List<ExecutionPages.Row> rows = new ArrayList<>(kept.size());
        while (!kept.isEmpty()) {
            Hit h = kept.poll();
            rows.add(new ExecutionPages.Row(h.id(),
                    h.block().execution(h.row()).withStepCount(counts.getOrDefault(h.id(), 0))));
        }
        java.util.Collections.reverse(rows);
        return ScoreRows.attach(c, rows);
    }
}
