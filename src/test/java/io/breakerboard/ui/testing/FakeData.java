package io.breakerboard.ui.testing;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.lab.InMemoryLabRunRepository;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Redactor;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.service.LocalLab;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The in-memory store the role fakes share: executions by key, a version that grows with every batch added, and
 * the quarantined records. What one fake adds (an import, the engine) the others read.
 */
public final class FakeData {
    private final Map<String, Execution> executions = new LinkedHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final List<QuarantinedRecord> quarantine = new CopyOnWriteArrayList<>();

    public synchronized void add(List<Execution> more) {
        for (Execution e : more) {
            executions.put(e.key(), e);
        }
        version.incrementAndGet();
    }

    public synchronized int size() {
        return executions.size();
    }

    public long version() {
        return version.get();
    }

    public synchronized boolean contains(String key) {
        return executions.containsKey(key);
    }

    public synchronized Optional<Execution> get(String key) {
        return Optional.ofNullable(executions.get(key));
    }

    /** A copy of every execution, in the order added. */
    public synchronized List<Execution> all() {
        return List.copyOf(executions.values());
    }

    /** The executions a filter selects (range, agents, patterns). */
    public Stream<Execution> in(MetricsFilter filter) {
        return all().stream()
                .filter(e -> filter.range().contains(e.startedAt()) && filter.includesAgent(e.agent())
                        && filter.includesPattern(e.pattern()));
    }

    public void quarantine(List<QuarantinedRecord> records) {
        quarantine.addAll(records);
    }

    /** Quarantined records of one source (or of all when null), newest first. */
    public List<QuarantinedRecord> quarantined(String source, int limit) {
        List<QuarantinedRecord> newestFirst = new ArrayList<>(quarantine);
        Collections.reverse(newestFirst);
        return newestFirst.stream().filter(q -> source == null || q.source().equals(source)).limit(limit).toList();
    }

    /** A sink into this data, as the pipeline is for a real workspace; duplicates by key are counted. */
    public ExecutionSink sink() {
        return new ExecutionSink() {
            @Override
            public int write(List<Execution> batch) {
                int before = size();
                add(batch);
                return batch.size() - (size() - before);
            }

            @Override
            public void quarantine(List<QuarantinedRecord> records) {
                FakeData.this.quarantine(records);
            }

            @Override
            public void flush() {
            }
        };
    }

    /** The real engine on {@code clock} (a virtual one runs traffic as fast as the machine allows), storing here. */
    public LocalEngine engine(EngineClock clock) {
        return LocalEngine.around(sink(), sink -> Engine.builder(clock, sink, s -> s).build());
    }

    /** The real lab with runs kept in memory, replaying the executions held here. */
    public LocalLab lab(Executor jobs, Clock clock) {
        return new LocalLab(new InMemoryLabRunRepository(), n -> all().stream().limit(n).toList(), jobs,
                Redactor.DEFAULT, clock);
    }
}
