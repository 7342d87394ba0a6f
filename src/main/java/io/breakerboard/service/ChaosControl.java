package io.breakerboard.service;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.ChaosCatalog;
import io.breakerboard.chaos.Experiment;
import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentProgress;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.job.Job;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the chaos panel may ask: faults injected into the local agent engine by hand, and experiments run on it.
 * Fault commands answer from memory at once; methods that say they run a query read or write the store and are
 * called off the FX thread.
 */
public interface ChaosControl {

    /** The tools, agents and models a fault may aim at, and the breakers a probe may watch. */
    ChaosCatalog catalog();

    /**
     * Starts a fault now; it rolls back by itself after its duration.
     *
     * @throws IllegalArgumentException when it names an unknown tool, agent or model
     */
    ActiveFault inject(FaultSpec spec);

    /** Faults held now, oldest first, with their time left. */
    List<ActiveFault> activeFaults();

    /** Removes one fault; false when it had already rolled back. */
    boolean remove(String faultId);

    /** Removes every fault at once; returns how many were held. */
    int stopAll();

    /** Fault starts and ends, oldest first, for the timeline and the chart markers. */
    List<FaultEvent> faultEvents();

    /** True while the engine runs traffic (an experiment's or another workload), so faults meet calls. */
    boolean trafficRunning();

    /** The classic experiments, then the saved ones by name. Runs a query. */
    List<ExperimentEntry> experiments();

    /**
     * An experiment as JSON, for editing. Runs a query.
     *
     * @param renamedTo null keeps the name; another name gives a copy to start a new experiment from
     */
    String experimentJson(String name, String renamedTo);

    /**
     * Checks and saves an experiment written as JSON, replacing a saved one of the same name. Runs a query.
     *
     * @throws IllegalArgumentException naming the place of the first problem and what is wrong
     */
    Experiment saveExperiment(String json);

    /**
     * Deletes a saved experiment. Runs a query.
     *
     * @throws IllegalArgumentException for a classic experiment, which cannot be deleted
     */
    boolean deleteExperiment(String name);

    /**
     * Runs an experiment in the background; the report is saved whatever the outcome. Cancelling stops its
     * traffic, rolls its faults back and completes the job with a {@code CancellationException}.
     *
     * @param progress told where the run is, from the experiment's thread
     * @throws IllegalArgumentException when no experiment has that name
     * @throws IllegalStateException    when an experiment or another workload is running
     */
    Job<ExperimentReport> run(String name, Consumer<ExperimentProgress> progress);

    /** Reports of past runs, newest first. Runs a query. */
    List<ExperimentReport> reports(int limit);

    /**
     * Writes a report to a file (UTF-8, secrets redacted; CSV formula-injection safe). Runs a query.
     *
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     * @throws IllegalArgumentException     when no report has that id
     */
    void exportReport(String reportId, ReportFormat format, Path target);
}
