package io.breakerboard.lab;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineBuilder;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Redactor;
import io.breakerboard.pipeline.ExecutionSink;
import java.time.Instant;
import java.util.List;

/**
 * A fresh engine runtime on a virtual clock for one arm of a lab comparison: its own breakers, cache and memory,
 * so no arm learns from another, and its executions go nowhere (the lab keeps only its table).
 */
final class LabEngine {
    /** Where every arm's virtual clock starts, so durations and cache expiry are the same on every run. */
    static final Instant ORIGIN = Instant.parse("2026-01-05T09:00:00Z");

    private LabEngine() {
    }

    static EngineBuilder builder() {
        return Engine.builder(new VirtualClock(ORIGIN), DISCARD, Redactor.DEFAULT);
    }

    private static final ExecutionSink DISCARD = new ExecutionSink() {
        @Override
        public int write(List<Execution> batch) {
            return 0;
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
        }

        @Override
        public void flush() {
        }
    };
}
