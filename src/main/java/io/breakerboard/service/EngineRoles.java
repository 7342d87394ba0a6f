package io.breakerboard.service;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The roles on the workspace's one engine: the engine, the chaos layer on it and the lab, each built on first use,
 * so commands that only import or report never start the engine's threads.
 */
final class EngineRoles implements AutoCloseable {
    private final Supplier<LocalEngine> engineFactory;
    private final Function<LocalEngine, LocalChaosControl> chaosFactory;
    private final Supplier<LocalLab> labFactory;
    private boolean closed;
    private LocalEngine engine;
    private LocalChaosControl chaos;
    private LocalLab lab;

    /** @param chaosFactory installs a fault injector on the engine it is given */
    EngineRoles(Supplier<LocalEngine> engineFactory, Function<LocalEngine, LocalChaosControl> chaosFactory,
                Supplier<LocalLab> labFactory) {
        this.engineFactory = engineFactory;
        this.chaosFactory = chaosFactory;
        this.labFactory = labFactory;
    }

    /** @throws IllegalStateException once the workspace is closed */
    synchronized LocalEngine engine() {
        if (closed) {
            throw new IllegalStateException("the workspace is closed; open it again to run the engine");
        }
        if (engine == null) {
            engine = engineFactory.get();
        }
        return engine;
    }

    /** Faults and experiments on {@link #engine()}, the same engine the Engine and Reliability panels show. */
    synchronized LocalChaosControl chaos() {
        if (chaos == null) {
            chaos = chaosFactory.apply(engine());
        }
        return chaos;
    }

    synchronized LocalLab lab() {
        if (lab == null) {
            lab = labFactory.get();
        }
        return lab;
    }

    /** Closes what was built: the faults first, so no call still hangs on one while the engine winds down. */
    @Override
    public void close() {
        LocalEngine built;
        LocalChaosControl faults;
        synchronized (this) {
            closed = true;
            built = engine;
            faults = chaos;
        }
        if (faults != null) {
            faults.close();
        }
        if (built != null) {
            built.close();
        }
    }
}
