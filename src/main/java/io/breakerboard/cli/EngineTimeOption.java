package io.breakerboard.cli;

import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.SystemEngineClock;
import io.breakerboard.engine.sim.VirtualClock;
import java.time.Clock;
import picocli.CommandLine.Option;

/** {@code --virtual-time}, shared by the commands that run the engine: which clock the engine runs on. */
final class EngineTimeOption {
    @Option(names = "--virtual-time",
            description = "Simulated time: no waiting, as fast as the machine allows, reproducible from the seed.")
    private boolean virtual;

    boolean virtual() {
        return virtual;
    }

    /** A virtual clock starting at {@code now}'s instant, or real time. */
    EngineClock clock(Clock now) {
        return virtual ? new VirtualClock(now.instant()) : new SystemEngineClock();
    }

    /** "virtual time" or "real time", for the first line a command prints. */
    String describe() {
        return virtual ? "virtual time" : "real time";
    }
}
