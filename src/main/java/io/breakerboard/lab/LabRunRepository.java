package io.breakerboard.lab;

import java.util.List;
import java.util.Optional;

/** Keeps lab runs for later comparison. */
public interface LabRunRepository {

    void save(LabRun run);

    /** The newest runs first, at most {@code limit}. */
    List<LabRun> recent(int limit);

    Optional<LabRun> find(String id);
}
