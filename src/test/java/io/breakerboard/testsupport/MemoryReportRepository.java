package io.breakerboard.testsupport;

import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ReportRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Experiment reports in memory, newest first, for tests that need the real chaos control without a database. */
public final class MemoryReportRepository implements ReportRepository {
    private final List<ExperimentReport> reports = new ArrayList<>();

    @Override
    public synchronized void save(ExperimentReport report) {
        reports.add(0, report);
    }

    @Override
    public synchronized List<ExperimentReport> recent(int limit) {
        return List.copyOf(reports.subList(0, Math.min(limit, reports.size())));
    }

    @Override
    public synchronized Optional<ExperimentReport> find(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
