package io.breakerboard.ui.engine;

import io.breakerboard.model.Units;
import io.breakerboard.service.EngineControl;
import io.breakerboard.service.UnfinishedExecution;
import io.breakerboard.ui.UiExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Engine executions left unfinished when the application last stopped. Those a normal quit paused at a call
 * boundary continue at once; those a crash cut short are offered for resuming from their checkpoints or
 * discarding, so only crashes ever reach the banner.
 */
public final class ResumeViewModel {
    private final EngineControl engine;
    private final UiExecutor ui;
    private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper(this, "offer", "");
    private List<UnfinishedExecution> unfinished = List.of();

    public ResumeViewModel(EngineControl engine, UiExecutor ui) {
        this.engine = engine;
        this.ui = ui;
    }

    /** Looks for unfinished executions in the background; {@link #offerProperty()} says what was found. */
    public void check() {
        ui.query("look for interrupted engine executions", engine::unfinished, this::found);
    }

    private void found(List<UnfinishedExecution> all) {
        List<UnfinishedExecution> paused = all.stream().filter(UnfinishedExecution::paused).toList();
        if (!paused.isEmpty()) {
            // A normal quit paused them at a call boundary: they simply continue, nobody needs to be asked.
            ui.tell("Continuing " + (paused.size() == 1 ? "1 execution" : Units.count(paused.size()) + " executions")
                    + " paused at the last quit…");
            ui.query("continue the paused engine executions",
                    () -> paused.stream().map(u -> engine.resume(u.key())).toList(),
                    runs -> CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).whenComplete((v, failure) -> {
                        if (failure != null) {
                            ui.report("continue the paused engine executions", failure);
                        }
                    }));
        }
        List<UnfinishedExecution> found = all.stream().filter(u -> !u.paused()).toList();
        unfinished = found;
        if (found.isEmpty()) {
            offer.set("");
            return;
        }
        String agents = String.join(", ", found.stream().map(UnfinishedExecution::agent).distinct().sorted().toList());
        offer.set((found.size() == 1 ? "1 engine execution" : found.size() + " engine executions") + " (" + agents
                + ") did not finish when Breakerboard last stopped. Resume runs them again from their checkpoints: "
                + "calls already made are replayed, not repeated.");
    }

    /** Resumes every execution offered; each is stored when it finishes. */
    public void resumeAll() {
        List<UnfinishedExecution> keys = take();
        if (keys.isEmpty()) {
            return;
        }
        ui.tell("Resuming " + count(keys.size()) + "…");
        // Only starting them uses a query thread; on real time they take a while to finish.
        ui.query("resume the interrupted engine executions",
                () -> keys.stream().map(u -> engine.resume(u.key())).toList(),
                runs -> CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).whenComplete((v, failure) -> {
                    if (failure == null) {
                        ui.tell("Resumed " + count(runs.size()) + ": they are on the dashboard");
                    } else {
                        ui.report("resume every interrupted execution", failure);
                    }
                }));
    }

    /** Drops every execution offered; they will not be offered again. */
    public void discardAll() {
        List<UnfinishedExecution> keys = take();
        if (keys.isEmpty()) {
            return;
        }
        ui.query("discard the interrupted engine executions", () -> {
            keys.forEach(u -> engine.discard(u.key()));
            return keys.size();
        }, n -> ui.tell("Discarded " + count(n)));
    }

    private List<UnfinishedExecution> take() {
        List<UnfinishedExecution> keys = unfinished;
        unfinished = List.of();
        offer.set("");
        return keys;
    }

    private static String count(long n) {
        return n == 1 ? "1 interrupted execution" : Units.count(n) + " interrupted executions";
    }

    /** Words for the banner, or empty when nothing is waiting. */
    public ReadOnlyStringProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
