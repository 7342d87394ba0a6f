package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.lab.InMemoryLabRunRepository;
import io.breakerboard.testsupport.MemoryExperimentRepository;
import io.breakerboard.testsupport.MemoryReportRepository;
import io.breakerboard.testsupport.RecordingSink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine, chaos and lab of a workspace: built on first use, chaos on the one engine, nothing after closing. */
class EngineRolesTest {
    private final List<String> built = new CopyOnWriteArrayList<>();
    private final EngineRoles roles = new EngineRoles(
            () -> {
                built.add("engine");
                return LocalEngine.around(new RecordingSink(),
                        sink -> Engine.builder(new VirtualClock(Instant.parse("2026-03-02T09:00:00Z")), sink, s -> s).build());
            },
            engine -> {
                built.add("chaos");
                return new LocalChaosControl(engine, new MemoryExperimentRepository(), new MemoryReportRepository(),
                        Runnable::run, s -> s, Clock.systemUTC());
            },
            () -> {
                built.add("lab");
                return new LocalLab(new InMemoryLabRunRepository(), n -> List.of(), Runnable::run, s -> s, Clock.systemUTC());
            });

    @AfterEach
    void close() {
        roles.close();
    }

    @Test
    void nothingIsBuiltUntilItIsAskedFor() {
        assertThat(built).isEmpty();

        roles.lab();

        assertThat(built).containsExactly("lab");
    }

    @Test
    void chaosIsBuiltOnceOnTheOneEngine() {
        LocalEngine engine = roles.engine();

        roles.chaos();
        roles.chaos();

        assertThat(roles.engine()).isSameAs(engine);
        assertThat(built).containsExactly("engine", "chaos");
    }

    @Test
    void closingShutsTheEngineDownAndNoNewOneIsBuiltAfter() {
        LocalEngine engine = roles.engine();
        roles.chaos();

        roles.close();

        assertThat(engine.lastShutdown()).isNotNull();
        assertThatThrownBy(roles::engine).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the workspace is closed");
        assertThat(built).containsExactly("engine", "chaos");
    }
}
