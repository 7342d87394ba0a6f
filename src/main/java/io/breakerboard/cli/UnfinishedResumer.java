package io.breakerboard.cli;

import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.Units;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.service.UnfinishedExecution;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Resumes unfinished engine executions for {@code engine resume} and {@code engine run --resume}, waits until
 * they are stored, and prints one line for each: outcome, downtime, and whether replay followed the journal.
 */
final class UnfinishedResumer {
    private UnfinishedResumer() {
    }

    /** Resumes {@code which} (all of them run at once) and prints a table; returns the executions. */
    static List<Execution> resume(LocalEngine engine, List<UnfinishedExecution> which, PrintWriter out)
            throws InterruptedException {
        List<CompletableFuture<Execution>> runs = new ArrayList<>();
        for (UnfinishedExecution u : which) {
            runs.add(engine.resume(u.key()));
        }
        List<Execution> done = new ArrayList<>();
        TextTable table = new TextTable(List.of("KEY", "AGENT", "OUTCOME", "DOWNTIME", "DURATION", "REPLAY"),
                false, false, false, true, true, false);
        for (CompletableFuture<Execution> run : runs) {
            Execution e;
            try {
                e = run.get();
            } catch (ExecutionException failure) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                throw new IllegalStateException("resuming an execution failed: " + cause.getMessage(), cause);
            }
            done.add(e);
            table.row(List.of(e.key(), e.agent(), e.outcome().name().toLowerCase(Locale.ROOT),
                    Units.duration(downtime(e)), Units.duration(e.duration()), replay(e)));
        }
        engine.awaitStored();
        table.print(out);
        return done;
    }

    private static Duration downtime(Execution e) {
        String ms = e.steps().isEmpty() ? null : e.steps().get(0).attributes().get(ExecutionRunner.DOWNTIME_ATTRIBUTE);
        return ms == null ? Duration.ZERO : Duration.ofMillis(Long.parseLong(ms));
    }

    private static String replay(Execution e) {
        long replayed = e.steps().stream().filter(s -> "true".equals(s.attributes().get("replayed"))).count();
        return e.steps().stream().filter(s -> "diverged".equals(s.attributes().get(ExecutionRunner.RESUME_ATTRIBUTE)))
                .findFirst().map(Step::attributes).map(a -> replayed + " steps replayed, then live from call "
                        + a.get("call_index") + " (the calls differed from the journal)")
                .orElse(replayed + " steps replayed exactly");
    }
}
