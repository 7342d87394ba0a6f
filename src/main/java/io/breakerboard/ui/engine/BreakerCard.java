package io.breakerboard.ui.engine;

import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.model.Units;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * One circuit breaker, the way the Hystrix dashboard drew a circuit: state in colour, failure and slow-call rate,
 * the rolling counts by outcome in their colours, retries, latency percentiles, and the manual controls.
 * Updated in place from a {@link BreakerRow}, so a refresh never rebuilds it.
 */
final class BreakerCard extends VBox {
    private final Label state = new Label();
    private final Label failureRate = new Label();
    private final Label slowRate = new Label();
    private final Label success = count("count-success");
    private final Label failure = count("count-failure");
    private final Label timeout = count("count-timeout");
    private final Label shortCircuited = count("count-short-circuited");
    private final Label bulkhead = count("count-bulkhead");
    private final Label rateLimited = count("count-rate-limited");
    private final Label retries = new Label();
    private final Label latency = new Label();
    private static final javafx.css.PseudoClass WARMING_UP = javafx.css.PseudoClass.getPseudoClass("warming-up");

    private final Map<BreakerCommand, Button> buttons = new EnumMap<>(BreakerCommand.class);
    private String stateStyle;

    BreakerCard(BreakerRow first, BiConsumer<String, BreakerCommand> control) {
        String name = first.name();
        // create parts
        Label title = new Label(name);
        title.getStyleClass().add("breaker-name");
        Label kind = new Label(first.kind());
        kind.getStyleClass().addAll("kind-chip", "kind-" + first.kind());
        state.getStyleClass().add("breaker-state");
        failureRate.getStyleClass().add("breaker-rate");
        slowRate.getStyleClass().add("breaker-slow");
        retries.getStyleClass().add("breaker-detail");
        latency.getStyleClass().add("breaker-detail");
        for (BreakerCommand c : BreakerCommand.values()) {
            Button b = new Button(BreakerCommands.label(c));
            b.setId("breaker-" + name + "-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.getStyleClass().addAll("small-button", "breaker-button");
            b.setTooltip(new Tooltip(BreakerCommands.explanation(c)));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> control.accept(name, c));
            buttons.put(c, b);
        }

        // lay out
        setId("breaker-" + name);
        getStyleClass().add("breaker-card");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, kind);
        head.getStyleClass().add("breaker-head");
        // The rates are the breaker's own sliding window (what opens it); the counts below are the calls of the
        // tab's time window; "refused" counts since the engine started. Each says which it is.
        Label windowed = caption("rates over the breaker's window");
        windowed.setMinWidth(Region.USE_PREF_SIZE);
        windowed.setTooltip(new Tooltip("The rates count the calls in the breaker's sliding window, which decide when it"
                + " opens; the counts below are the calls of the tab's time window; refusals count since the start."));
        windowed.setId("breaker-" + name + "-windows");
        Tooltip.install(failureRate, new Tooltip("Share of the calls in the breaker's sliding window that failed:"
                + " what opens the breaker. The counts below are calls in the tab's time window."));
        HBox rates = new HBox(10, failureRate, slowRate);
        rates.getStyleClass().add("breaker-rates");
        GridPane counts = new GridPane();
        counts.getStyleClass().add("breaker-counts");
        counts.addRow(0, success, caption("ok"), shortCircuited, caption("short-circuited"));
        counts.addRow(1, failure, caption("failed"), bulkhead, caption("bulkhead-rejected"));
        counts.addRow(2, timeout, caption("timed out"), rateLimited, caption("rate-limited"));
        TilePane controls = new TilePane();
        controls.getStyleClass().add("breaker-controls");
        controls.setPrefColumns(3);
        controls.getChildren().addAll(buttons.values());
        getChildren().addAll(head, state, rates, windowed, counts, retries, latency, controls);

        update(first);
    }

    private static Label count(String style) {
        Label l = new Label();
        l.getStyleClass().addAll("breaker-count", style);
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("count-caption");
        return l;
    }

    void update(BreakerRow r) {
        state.setText(r.stateText());
        if (!r.stateStyle().equals(stateStyle)) {
            if (stateStyle != null) {
                getStyleClass().remove(stateStyle);
                state.getStyleClass().remove(stateStyle);
            }
            stateStyle = r.stateStyle();
            getStyleClass().add(stateStyle);
            state.getStyleClass().add(stateStyle);
        }
        failureRate.setText(r.warmingUp() ? r.failureRate() + " calls" : r.failureRate() + " failed");
        failureRate.pseudoClassStateChanged(WARMING_UP, r.warmingUp());
        slowRate.setText(r.warmingUp() ? "" : r.slowRate() + " slow");
        success.setText(Units.count(r.success()));
        failure.setText(Units.count(r.failure()));
        timeout.setText(Units.count(r.timeout()));
        shortCircuited.setText(Units.count(r.shortCircuited()));
        bulkhead.setText(Units.count(r.bulkheadRejected()));
        rateLimited.setText(Units.count(r.rateLimited()));
        retries.setText(Units.count(r.retries()) + " retries · " + Units.count(r.calls()) + " attempts · "
                + Units.count(r.refused()) + " refused in all");
        latency.setText("P50 " + r.p50() + " · P95 " + r.p95() + " · P99 " + r.p99());
        buttons.forEach((c, b) -> b.setDisable(!r.commands().contains(c)));
    }

    Button button(BreakerCommand c) {
        return buttons.get(c);
    }
}
