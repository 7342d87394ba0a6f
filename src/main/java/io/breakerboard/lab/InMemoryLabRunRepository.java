package io.breakerboard.lab;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Lab runs kept in memory: for a window without a data directory's database, and for tests. */
public final class InMemoryLabRunRepository implements LabRunRepository {
    private final List<LabRun> runs = new CopyOnWriteArrayList<>();

    @Override
    public void save(LabRun run) {
        runs.add(run);
    }

    @Override
    public List<LabRun> recent(int limit) {
        return runs.stream().sorted(Comparator.comparing(LabRun::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<LabRun> find(String id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
