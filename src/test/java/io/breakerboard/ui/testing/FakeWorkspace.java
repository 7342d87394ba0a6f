package io.breakerboard.ui.testing;

import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.SystemEngineClock;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.service.EngineControl;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.service.LocalReceiverControl;
import io.breakerboard.service.ReceiverControl;
import io.breakerboard.service.StoreLocation;
import io.breakerboard.service.StoreSettings;
import io.breakerboard.service.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The role fakes put together over one {@link FakeData}, for tests of the whole window and for running it by hand:
 * what the fake imports or the engine add, the dashboards, queries and exports read. Tests of one view model
 * build only the fake of the role it takes.
 */
public final class FakeWorkspace implements Workspace {
    private final FakeData data = new FakeData();
    private final FakeDashboards dashboards;
    private final FakeQueries queries = new FakeQueries(data);
    private final FakeImports imports;
    private final FakeAlerting alerting = new FakeAlerting();
    private final FakeExports exports;
    private final LocalReceiverControl receiver;
    private final LabControl lab;
    private volatile ChaosControl chaos;
    private StoreSettings storeSettings;
    private EngineControl engine;
    private LocalEngine ownEngine;

    /** Jobs run on {@code jobs}: a thread pool in window tests, {@code Runnable::run} in view-model tests. */
    public FakeWorkspace(Clock clock, Executor jobs) {
        this.dashboards = new FakeDashboards(data, clock);
        this.imports = new FakeImports(data, clock, jobs);
        this.exports = new FakeExports(data, dashboards, alerting, jobs);
        this.chaos = new FakeChaosControl(clock.instant());
        this.receiver = new LocalReceiverControl(data.sink(), clock);
        this.lab = data.lab(jobs, clock);
    }

    /** Generated executions over the last two days, and three alerts. */
    public static FakeWorkspace withDemoData(Clock clock, Executor jobs, int executions) {
        FakeWorkspace w = new FakeWorkspace(clock, jobs);
        w.data.add(new ExecutionGenerator(7).generate(executions, clock.instant(), Duration.ofDays(2)));
        // Read past the queries' fake, so its count of failure queries starts at zero.
        String failed = FakeQueries.listed(w.data, MetricsFilter.all(), true, 1).stream().findFirst()
                .map(Execution::key).orElse(null);
        w.alerting.setAlerts(FakeAlerting.demo(clock.instant(), failed));
        return w;
    }

    /** The executions and quarantine every role fake here shares. */
    public FakeData data() {
        return data;
    }

    @Override
    public FakeDashboards dashboards() {
        return dashboards;
    }

    @Override
    public FakeQueries queries() {
        return queries;
    }

    @Override
    public FakeImports imports() {
        return imports;
    }

    @Override
    public FakeExports exports() {
        return exports;
    }

    @Override
    public FakeAlerting alerting() {
        return alerting;
    }

    @Override
    public ReceiverControl receiver() {
        return receiver;
    }

    @Override
    public LabControl lab() {
        return lab;
    }

    @Override
    public ChaosControl chaos() {
        return chaos;
    }

    /**
     * Replaces the chaos control: with one holding a history of faults ({@link FakeChaosControl#demo}), or with
     * the real one on this workspace's engine.
     */
    public void useChaos(ChaosControl control) {
        this.chaos = control;
    }

    /** Uses this engine (a test double) instead of the real one. */
    public synchronized void useEngine(EngineControl control) {
        this.engine = control;
    }

    /** A real engine on real time, storing into this workspace; built on first use. */
    @Override
    public synchronized EngineControl engine() {
        if (engine == null) {
            useEngineOn(new SystemEngineClock());
        }
        return engine;
    }

    /** Builds the real engine on {@code clock} (a virtual one runs traffic as fast as the machine allows). */
    public synchronized LocalEngine useEngineOn(EngineClock clock) {
        ownEngine = data.engine(clock);
        engine = ownEngine;
        return ownEngine;
    }

    /** The store settings of a data directory of the fake's own, made on first use; a test may set its own. */
    @Override
    public synchronized StoreSettings storeSettings() {
        if (storeSettings == null) {
            try {
                Path dir = Files.createTempDirectory("fake-workspace");
                storeSettings = new StoreSettings(dir, StoreLocation.of(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return storeSettings;
    }

    public synchronized void storeSettings(StoreSettings settings) {
        storeSettings = settings;
    }

    @Override
    public void close() {
        receiver.close();
        LocalEngine own;
        synchronized (this) {
            own = ownEngine;
        }
        if (own != null) {
            own.close();
        }
    }
}
