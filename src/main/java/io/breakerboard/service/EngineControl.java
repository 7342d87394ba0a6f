package io.breakerboard.service;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.ReliabilitySnapshot;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.job.Job;
import io.breakerboard.model.Execution;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the window and the command line may ask of the local agent engine. The engine's executions go through
 * the workspace's pipeline like imported ones. Answers are immutable snapshots; every method returns quickly
 * and is safe from any thread, except where it says it reads the database.
 */
public interface EngineControl {

    /** The agents the engine runs, in catalog order. */
    List<EngineChoice> agents();

    /** The orchestration patterns, in catalog order. */
    List<EngineChoice> patterns();

    /**
     * Starts a workload; returns at once. The job completes with the final counters when the workload ends or
     * is stopped and every execution is stored.
     *
     * @throws IllegalArgumentException when the engine cannot run it, saying which value is wrong
     * @throws IllegalStateException    when a workload is already running
     */
    Job<EngineStats> start(EngineWorkload workload);

    /** Stops the running workload: running executions finish, no new ones start. */
    void stop();

    /** Live counters: running, completed, per minute, outcomes. */
    EngineStats stats();

    /** How executions are spread over agent instances: strategy, capacity per instance, queue bound. */
    BalancerSettings balancer();

    /**
     * Applies and keeps balancer settings: capacities and the queue bound at once, the strategy from the next
     * workload.
     */
    void balancer(BalancerSettings settings);

    /** The executions this engine finished last, newest first, without their steps; from memory. */
    List<Execution> recent(int limit);

    /** Every breaker, call statistics, bulkheads, rate limiters and the cache, at this instant. */
    ReliabilitySnapshot reliability();

    /** The layers every model and tool call passes through, outermost first. */
    List<String> wrappingOrder();

    /**
     * A manual breaker command.
     *
     * @throws IllegalArgumentException when no breaker has that name
     * @throws IllegalStateException    when the command is not legal in the breaker's state (which is kept)
     */
    void control(String breaker, BreakerCommand command);

    /**
     * Executions an earlier run began and never finished, oldest first: paused by a normal quit (they should
     * simply continue) or cut short by a crash (offer them); executions running now are not among them. Reads the
     * database.
     */
    List<UnfinishedExecution> unfinished();

    /** Runs an unfinished execution again from its checkpoint, in the background; it is stored when done. */
    CompletableFuture<Execution> resume(String key);

    /** Drops an unfinished execution's checkpoint, so it is not offered again. Writes the database. */
    void discard(String key);

    /** The real model behind the engine, or empty while the simulated models answer (the default). */
    Optional<ModelSettings> model();

    /** Why the saved model settings could not be used, or null when nothing is wrong with them. */
    String modelProblem();

    /**
     * Uses a real model (or the simulated ones, when empty) from the next call on, and saves the choice in the
     * data directory. Writes a file.
     */
    void saveModel(Optional<ModelSettings> settings);

    /** Where the shared cost budgets stand (engine per day and month, each user per day), with their warnings. */
    List<io.breakerboard.engine.guard.BudgetLine> budgets();
}
