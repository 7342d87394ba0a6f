package io.breakerboard.service;

/**
 * What the window (and the command line) may ask of the core, one role each: a caller takes only the roles it
 * uses. The workspace hands them out and owns them: closing it closes every role, in the order the data needs
 * (faults, engine, alerts' last look, sources, jobs, store). Every role's methods are safe to call from any thread
 * and none blocks for long, except where they say they run a query; the UI calls those off the FX thread.
 */
public interface Workspace extends AutoCloseable {

    /** Aggregates, agents, patterns and the data's span, for the dashboard. */
    Dashboards dashboards();

    /** Stored executions, for tables and traces. */
    Queries queries();

    /** Imports, followed files and the quarantine. */
    Imports imports();

    /** CSV files of executions, summaries, alerts and scores. */
    Exports exports();

    /** Alerts, their settings and webhooks. */
    Alerting alerting();

    /** The local agent engine, whose executions are stored like imported ones. */
    EngineControl engine();

    /** Faults and experiments on the local agent engine. */
    ChaosControl chaos();

    /** Pattern benchmarks and other comparisons on engine runtimes of their own, and their stored runs. */
    LabControl lab();

    /** The OTLP/HTTP receiver inside this process, off until started. */
    ReceiverControl receiver();

    /** Which store the window opens on its next start: the embedded one or a team store (saved, never a password). */
    StoreSettings storeSettings();

    @Override
    void close();
}
