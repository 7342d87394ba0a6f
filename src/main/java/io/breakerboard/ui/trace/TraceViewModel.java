package io.breakerboard.ui.trace;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Units;
import io.breakerboard.service.Queries;
import io.breakerboard.ui.Formats;
import io.breakerboard.ui.UiExecutor;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One execution's trace: the waterfall's rows and a replay cursor that steps through them. The execution is
 * loaded in the background; moving the cursor is instant because {@link Waterfall} precomputed the totals.
 */
public final class TraceViewModel {
    private final Queries queries;
    private final UiExecutor ui;
    private Waterfall waterfall;
    private final ReadOnlyStringWrapper key = new ReadOnlyStringWrapper(this, "key", "");
    private final ReadOnlyObjectWrapper<Execution> execution = new ReadOnlyObjectWrapper<>(this, "execution");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);

    /** One fact of the execution as stored, e.g. {@code Model: atlas-pro}. */
    public record Fact(String name, String value) {
    }
    private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StepRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<java.time.Duration> span = new ReadOnlyObjectWrapper<>(this, "span", java.time.Duration.ZERO);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<ReplayFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");

    public TraceViewModel(Queries queries, UiExecutor ui) {
        this.queries = queries;
        this.ui = ui;
    }

    // Commands

    /** Loads the execution with all its steps, off the FX thread. */
    public void load(String executionKey) {
        pause();
        key.set(executionKey);
        status.set("Loading trace " + executionKey + "…");
        ui.query("load the trace of " + executionKey,
                () -> queries.execution(executionKey).map(Waterfall::of),
                loaded -> show(executionKey, loaded));
    }

    /** Shows an execution already at hand (its steps included). */
    public void show(Execution e) {
        pause();
        key.set(e.key());
        show(e.key(), Optional.of(Waterfall.of(e)));
    }

    private void show(String executionKey, Optional<Waterfall> loaded) {
        if (!executionKey.equals(key.get())) {
            return;
        }
        if (loaded.isEmpty()) {
            status.set("Execution " + executionKey + " is not in the workspace (it may have been imported into another data directory)");
            return;
        }
        waterfall = loaded.get();
        Execution e = waterfall.execution();
        span.set(waterfall.span());
        rows.setAll(waterfall.rows());
        facts.setAll(factsOf(e));
        execution.set(e);
        summary.set(e.agent() + " · " + e.outcome().name().toLowerCase(java.util.Locale.ROOT)
                + (e.errorKind() == null ? "" : " (" + e.errorKind().name() + ")")
                + " · " + Units.duration(e.duration()) + " · " + Units.count(e.inputTokens() + e.outputTokens())
                + " tokens · " + Units.money(e.costMicros()) + " · " + Units.count(e.steps().size()) + " steps");
        status.set(e.steps().isEmpty() ? "This execution's log records no steps" : "");
        select(e.steps().isEmpty() ? -1 : 0);
    }

    /**
     * What the store knows of the execution, shown whether or not its log recorded steps (CSV, audit, cost-JSON
     * and pipe logs record none): only the facts it has, in the order a person asks for them.
     */
    static java.util.List<Fact> factsOf(Execution e) {
        java.util.List<Fact> out = new java.util.ArrayList<>();
        add(out, "Task", e.task());
        add(out, "Started", Formats.timestamp(e.startedAt(), java.time.ZoneId.systemDefault()));
        add(out, "Model", e.model());
        if (e.errorKind() != null || e.errorMessage() != null) {
            add(out, "Error", (e.errorKind() == null ? "" : e.errorKind().name())
                    + (e.errorKind() != null && e.errorMessage() != null ? ": " : "")
                    + (e.errorMessage() == null ? "" : e.errorMessage()));
        }
        add(out, "Tokens", Units.count(e.inputTokens()) + " in · " + Units.count(e.outputTokens()) + " out");
        add(out, "Cost", Units.money(e.costMicros()));
        add(out, "Retries", Units.count(e.retries()));
        if (e.iterations() > 0) {
            add(out, "Iterations", Units.count(e.iterations()));
        }
        if (e.toolCalls() > 0) {
            add(out, "Tool calls", Units.count(e.toolCalls()) + (e.toolFailures() > 0 ? " (" + Units.count(e.toolFailures()) + " failed)" : ""));
        }
        add(out, "User", e.userId());
        add(out, "Session", e.sessionId());
        add(out, "Source", e.source() == null ? null : e.source() + (e.format() == null ? "" : " (" + e.format() + ")"));
        return out;
    }

    private static void add(java.util.List<Fact> out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Fact(name, value.strip()));
        }
    }

    /** Moves the replay to a step; out-of-range positions are clamped. */
    public void select(int position) {
        if (waterfall == null || waterfall.size() == 0) {
            index.set(-1);
            frame.set(null);
            return;
        }
        int clamped = Math.max(0, Math.min(position, waterfall.size() - 1));
        index.set(clamped);
        frame.set(waterfall.frame(clamped));
    }

    public void next() {
        select(index.get() + 1);
    }

    public void previous() {
        select(index.get() - 1);
    }

    public void first() {
        select(0);
    }

    public void last() {
        select(Integer.MAX_VALUE);
    }

    /** Starts stepping forward on each {@link #tick()}; from the end it starts over. */
    public void play() {
        if (waterfall == null || waterfall.size() == 0) {
            return;
        }
        if (atEnd()) {
            first();
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One beat of the replay clock: the next step, stopping at the last. */
    public void tick() {
        if (!playing.get()) {
            return;
        }
        next();
        if (atEnd()) {
            pause();
        }
    }

    private boolean atEnd() {
        return waterfall != null && index.get() >= waterfall.size() - 1;
    }

    // Read-only state

    public ReadOnlyStringProperty keyProperty() {
        return key.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Execution> executionProperty() {
        return execution.getReadOnlyProperty();
    }

    /** Loading, not found, or empty when the trace is shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** {@code coder · failure (TIMEOUT) · 4.20 s · 12,345 tokens · $0.0420 · 38 steps}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The execution's stored facts (task, model, error, tokens, retries, user, session…), steps or not. */
    public ObservableList<Fact> facts() {
        return factsView;
    }

    public ObservableList<StepRow> rows() {
        return rowsView;
    }

    /** The time the waterfall's width stands for, from the execution's start. */
    public ReadOnlyObjectProperty<java.time.Duration> spanProperty() {
        return span.getReadOnlyProperty();
    }

    /** The replay's step, or -1 when there is none. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReplayFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }
}
