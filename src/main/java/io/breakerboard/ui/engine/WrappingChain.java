package io.breakerboard.ui.engine;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** The wrapping order as a chain, outermost first: {@code fallback → retry → … → call}. */
final class WrappingChain extends FlowPane {
    WrappingChain(ObservableList<String> layers) {
        setId("wrapping-chain");
        getStyleClass().add("wrapping-chain");
        layers.addListener((ListChangeListener<String>) c -> draw(layers));
        draw(layers);
    }

    private void draw(ObservableList<String> layers) {
        getChildren().clear();
        Label lead = new Label("Every call:");
        lead.getStyleClass().add("field-caption");
        getChildren().add(lead);
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("chain-arrow");
                getChildren().add(arrow);
            }
            Label layer = new Label(layers.get(i));
            layer.getStyleClass().addAll("chain-layer", "layer-" + layers.get(i));
            layer.setTooltip(new Tooltip(explain(layers.get(i))));
            getChildren().add(layer);
        }
    }

    private static String explain(String layer) {
        return switch (layer) {
            case "fallback" -> "Outermost: another model or tool, a cached result, or a partial answer once all else gave up";
            case "retry" -> "Tries timeouts, server errors and rate limits again with backoff; short-circuits are not retried";
            case "circuitBreaker" -> "Stops calling a dependency that keeps failing";
            case "rateLimiter" -> "Keeps model calls under the provider's rate (models only)";
            case "bulkhead" -> "Caps the calls one agent instance has in flight";
            case "timeLimiter" -> "Gives up on an attempt that takes too long";
            case "faults" -> "The chaos hook: injected faults act here";
            case "call" -> "The model or tool itself";
            default -> layer;
        };
    }
}
