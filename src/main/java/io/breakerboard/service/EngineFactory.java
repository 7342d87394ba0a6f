package io.breakerboard.service;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.checkpoint.JdbcCheckpointStore;
import io.breakerboard.engine.memory.JdbcEpisodeStore;
import io.breakerboard.engine.time.EngineClock;
import io.breakerboard.pipeline.ExecutionSink;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Builds the agent engine of a data directory: its checkpoints and episodic memory in the workspace database
 * (tables of {@code V2__engine.sql}), its audit log under {@code <dataDir>/audit}, finished executions into the
 * pipeline like imported ones.
 */
public final class EngineFactory {
    private EngineFactory() {
    }

    /**
     * @param clock    real time ({@code SystemEngineClock}) in the application
     * @param redactor masks secrets in step text and audit lines
     */
    public static Engine create(Path dataDir, DataSource dataSource, ExecutionSink sink, UnaryOperator<String> redactor,
                                EngineClock clock) {
        return Engine.builder(clock, sink, redactor)
                .dataDir(dataDir)
                .checkpoints(new JdbcCheckpointStore(dataSource))
                .episodes(new JdbcEpisodeStore(dataSource))
                .build();
    }
}
