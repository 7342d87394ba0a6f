package io.breakerboard.service;

import io.breakerboard.job.Job;
import io.breakerboard.lab.BenchmarkSettings;
import io.breakerboard.lab.CostExperiment;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.ReplayScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The lab: comparisons on engine runtimes of their own (never the live engine), on a virtual clock, stored for
 * later comparison. What the window's Lab tab and {@code breakerboard lab} may ask.
 */
public interface LabControl {

    /**
     * Runs a pattern benchmark in the background; the job completes with the stored run.
     *
     * @param progress told the number of finished executions (of tasks × patterns)
     */
    Job<LabRun> benchmarkPatterns(BenchmarkSettings settings, IntConsumer progress);

    /**
     * Runs the same seeded workload with and without the settings' optimisations in the background; the job
     * completes with the stored Before / After / Change run.
     */
    Job<LabRun> compareCost(CostExperiment.Settings settings, IntConsumer progress);

    /**
     * Breaks down the cost of the newest {@code recent} recorded executions (any format) by agent, model and tool,
     * with the month projected at their rate; the job completes with the stored run.
     */
    Job<LabRun> costBreakdown(int recent);

    /**
     * Replays the selected recorded executions (any format, with their steps) through the engine's reliability
     * wrappers under the scenario, in the background; the job completes with the stored Recorded / Replayed /
     * Change run and its saved, lost and not replayable executions.
     *
     * @param progress told the number of replayed executions
     */
    Job<LabRun> replay(ReplaySelection selection, ReplayScenario scenario, IntConsumer progress);

    /** Stored runs, newest first. */
    List<LabRun> runs(int limit);

    Optional<LabRun> run(String id);

    /**
     * Writes a stored run as CSV or Markdown.
     *
     * @throws IllegalArgumentException when no run has that id
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    void export(String runId, ReportFormat format, Path target);
}
