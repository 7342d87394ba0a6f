package io.breakerboard.ui.engine;

import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.BreakerView;
import io.breakerboard.engine.reliability.BulkheadView;
import io.breakerboard.engine.reliability.CacheView;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallStatsView;
import io.breakerboard.engine.reliability.RateLimiterView;
import io.breakerboard.engine.reliability.ReliabilitySnapshot;
import io.breakerboard.model.Units;
import io.breakerboard.service.EngineControl;
import io.breakerboard.ui.UiExecutor;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reliability panel's state, Hystrix-dashboard style: one row per circuit breaker (models first, then tools,
 * each by name, so cards never jump under the pointer), the wrapping order, retries, cache, bulkheads and rate
 * limiters. Data arrives through {@link #apply}; manual breaker commands go to the engine off the FX thread.
 */
public final class ReliabilityViewModel {
    // Worst first, as Hystrix's dashboard does: a tripped breaker (open, forced open, half-open) leads, so it is
    // never below the fold; then models before tools, then by name.
    static final Comparator<BreakerRow> ORDER = Comparator.comparing((BreakerRow r) -> !r.state().tripped())
            .thenComparing(r -> !r.kind().equals("model"))
            .thenComparing(BreakerRow::name);

    private final EngineControl engine;
    private final UiExecutor ui;
    private final ObservableList<BreakerRow> breakers = FXCollections.observableArrayList();
    private final ObservableList<BreakerRow> breakersView = FXCollections.unmodifiableObservableList(breakers);
    private final ObservableList<String> wrappingOrder = FXCollections.observableArrayList();
    private final ObservableList<String> wrappingOrderView = FXCollections.unmodifiableObservableList(wrappingOrder);
    private final ObservableList<GaugeRow> bulkheads = FXCollections.observableArrayList();
    private final ObservableList<GaugeRow> bulkheadsView = FXCollections.unmodifiableObservableList(bulkheads);
    private final ObservableList<GaugeRow> rateLimiters = FXCollections.observableArrayList();
    private final ObservableList<GaugeRow> rateLimitersView = FXCollections.unmodifiableObservableList(rateLimiters);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Waiting for the engine…");
    private final ReadOnlyStringWrapper window = new ReadOnlyStringWrapper(this, "window", "");
    private final ReadOnlyStringWrapper retries = new ReadOnlyStringWrapper(this, "retries", "–");
    private final ReadOnlyStringWrapper cache = new ReadOnlyStringWrapper(this, "cache", "–");
    private final ReadOnlyStringWrapper cacheDetail = new ReadOnlyStringWrapper(this, "cacheDetail", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    public ReliabilityViewModel(EngineControl engine, UiExecutor ui) {
        this.engine = engine;
        this.ui = ui;
        wrappingOrder.setAll(engine.wrappingOrder());
    }

    /** Takes in a snapshot (on the FX thread). */
    public void apply(ReliabilitySnapshot s) {
        Map<String, CallStatsView> calls = s.calls().stream()
                .collect(Collectors.toMap(CallStatsView::name, Function.identity(), (a, b) -> a));
        List<BreakerRow> rows = s.breakers().stream().map(b -> BreakerRow.of(b, calls.get(b.name()), s.at()))
                .sorted(ORDER).toList();
        if (!rows.equals(breakers)) {
            breakers.setAll(rows);
        }
        if (!s.wrappingOrder().equals(wrappingOrder)) {
            wrappingOrder.setAll(s.wrappingOrder());
        }
        long tripped = s.breakers().stream().filter(b -> b.state().tripped()).count();
        long models = s.breakers().stream().filter(b -> b.kind() == CallKind.MODEL).count();
        summary.set(tripped == 0
                ? "All " + s.breakers().size() + " breakers let calls through (" + models + " models, "
                        + (s.breakers().size() - models) + " tools)"
                : tripped + " of " + s.breakers().size() + " breakers tripped: "
                        + s.breakers().stream().filter(b -> b.state().tripped()).map(BreakerView::name)
                        .collect(Collectors.joining(", ")));
        Duration w = s.calls().isEmpty() ? null : s.calls().get(0).window();
        window.set(w == null ? "" : "Calls in the last " + (w.toSecondsPart() == 0 && w.toMinutes() > 0
                ? w.toMinutes() + " min" : Units.duration(w)) + " of engine time");
        retries.set(Units.count(s.retries()));
        CacheView c = s.cache();
        long lookups = c.hits() + c.misses();
        cache.set(lookups == 0 ? "–" : Units.percent(c.hitRate()));
        cacheDetail.set(lookups == 0 ? "no lookups yet" : Units.count(c.hits()) + " of " + Units.count(lookups)
                + " lookups · " + Units.count(c.entries()) + " held" + (c.stale() > 0 ? " · " + Units.count(c.stale()) + " stale served" : "")
                + (c.savedMicros() > 0 ? " · saved " + Units.money(c.savedMicros()) + " of tool fees" : ""));
        List<GaugeRow> bh = s.bulkheads().stream().map(ReliabilityViewModel::bulkhead).toList();
        if (!bh.equals(bulkheads)) {
            bulkheads.setAll(bh);
        }
        List<GaugeRow> rl = s.rateLimiters().stream().map(ReliabilityViewModel::limiter).toList();
        if (!rl.equals(rateLimiters)) {
            rateLimiters.setAll(rl);
        }
        loaded.set(true);
    }

    private static GaugeRow bulkhead(BulkheadView b) {
        return new GaugeRow(b.name(), b.inFlight() + " of " + b.maxConcurrent(),
                b.maxConcurrent() == 0 ? 0 : (double) b.inFlight() / b.maxConcurrent());
    }

    private static GaugeRow limiter(RateLimiterView r) {
        int free = Math.max(0, r.available());
        return new GaugeRow(r.name() + " · " + r.limitForPeriod() + " per " + Units.duration(r.period()), free + " free",
                r.limitForPeriod() == 0 ? 0 : 1 - (double) free / r.limitForPeriod());
    }

    /** Sends a manual command to a breaker; the status line says what became of it. */
    public void control(String breaker, BreakerCommand command) {
        ui.query(BreakerCommands.label(command).toLowerCase(java.util.Locale.ROOT) + " breaker " + breaker, () -> {
            engine.control(breaker, command);
            return BreakerCommands.done(breaker, command);
        }, ui::tell);
    }

    public ObservableList<BreakerRow> breakers() {
        return breakersView;
    }

    /** The layers every call passes through, outermost first. */
    public ObservableList<String> wrappingOrder() {
        return wrappingOrderView;
    }

    public ObservableList<GaugeRow> bulkheads() {
        return bulkheadsView;
    }

    public ObservableList<GaugeRow> rateLimiters() {
        return rateLimitersView;
    }

    /** How many breakers are tripped, and which. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The length of the rolling window the counts cover. */
    public ReadOnlyStringProperty windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retriesProperty() {
        return retries.getReadOnlyProperty();
    }

    /** The tool-result cache hit rate. */
    public ReadOnlyStringProperty cacheProperty() {
        return cache.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cacheDetailProperty() {
        return cacheDetail.getReadOnlyProperty();
    }

    /** True once the first snapshot arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
