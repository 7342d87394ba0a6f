package io.breakerboard.chaos;

import java.util.List;
import java.util.Optional;

/** Reports of experiment runs, kept for comparison and export. */
public interface ReportRepository {

    void save(ExperimentReport report);

    /** The newest reports first. */
    List<ExperimentReport> recent(int limit);

    Optional<ExperimentReport> find(String id);
}
