package io.breakerboard.ui.engine;

import io.breakerboard.engine.reliability.BreakerCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Reliability panel: every circuit breaker as a live card (Hystrix-dashboard style) with its manual
 * controls, the wrapping order as a chain, retries and the cache at the top, bulkheads and rate limiters at
 * the side.
 */
public final class ReliabilityView extends BorderPane {
    private final ReliabilityViewModel vm;
    private final FlowPane cards = new FlowPane();
    private final Map<String, BreakerCard> byName = new HashMap<>();

    public ReliabilityView(ReliabilityViewModel vm) {
        this.vm = vm;
        // create parts
        Label summary = new Label();
        summary.setId("reliability-summary");
        summary.getStyleClass().add("reliability-summary");
        Label window = new Label();
        window.getStyleClass().add("field-caption");
        Label retries = chip("reliability-retries");
        Label cache = chip("reliability-cache");
        Label cacheDetail = new Label();
        cacheDetail.getStyleClass().add("field-caption");
        WrappingChain chain = new WrappingChain(vm.wrappingOrder());
        GaugeList bulkheads = new GaugeList("bulkheads", "Bulkheads", "Calls in flight per agent instance, of its maximum",
                "Each agent instance gets its bulkhead with its first call: start the engine.", vm.bulkheads());
        GaugeList limiters = new GaugeList("rate-limiters", "Rate limiters", "Permits left for model calls in the current period",
                "Each model gets its rate limiter with its first call: start the engine.", vm.rateLimiters());

        // lay out
        setId("reliability-view");
        getStyleClass().add("reliability-view");
        // Nothing here elides: on a narrow window the window's note and the chips wrap under the summary.
        HBox figures = new HBox(10, window, retries, cache, cacheDetail);
        figures.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane top = new FlowPane(24, 4, summary, figures);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Label l : List.of(summary, window, cacheDetail)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        top.getStyleClass().add("reliability-bar");
        cards.setId("breaker-cards");
        cards.getStyleClass().add("breaker-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("breaker-scroll");
        VBox side = new VBox(8, bulkheads, limiters);
        side.getStyleClass().add("reliability-side");
        VBox.setVgrow(bulkheads, Priority.ALWAYS);
        bulkheads.list().setPrefHeight(160);
        limiters.list().setPrefHeight(84);
        limiters.list().setMinHeight(84);
        setTop(new VBox(top, chain));
        setCenter(scroll);
        setRight(side);

        // bind
        summary.textProperty().bind(vm.summaryProperty());
        window.textProperty().bind(vm.windowProperty());
        retries.textProperty().bind(javafx.beans.binding.Bindings.concat("Retries ", vm.retriesProperty()));
        cache.textProperty().bind(javafx.beans.binding.Bindings.concat("Cache hits ", vm.cacheProperty()));
        cacheDetail.textProperty().bind(vm.cacheDetailProperty());
        vm.breakers().addListener((ListChangeListener<BreakerRow>) c -> reconcile(vm.breakers()));
        reconcile(vm.breakers());
    }

    private static Label chip(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("reliability-chip");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    // Cards are kept by name and updated in place; only a new or vanished breaker changes the layout.
    private void reconcile(List<BreakerRow> rows) {
        boolean sameCards = rows.size() == byName.size() && rows.stream().allMatch(r -> byName.containsKey(r.name()));
        if (!sameCards) {
            Map<String, BreakerCard> keep = new HashMap<>();
            cards.getChildren().clear();
            for (BreakerRow r : rows) {
                BreakerCard card = byName.get(r.name());
                if (card == null) {
                    card = new BreakerCard(r, this::control);
                }
                keep.put(r.name(), card);
                cards.getChildren().add(card);
            }
            byName.clear();
            byName.putAll(keep);
        }
        for (BreakerRow r : rows) {
            byName.get(r.name()).update(r);
        }
    }

    private void control(String breaker, BreakerCommand command) {
        vm.control(breaker, command);
    }

    /** The card of a breaker, e.g. for tests; null when there is none. */
    public javafx.scene.Node card(String breaker) {
        return byName.get(breaker);
    }
}
