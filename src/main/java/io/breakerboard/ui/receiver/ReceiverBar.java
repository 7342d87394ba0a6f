package io.breakerboard.ui.receiver;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The receiver's switch in the status bar: a toggle, the {@code HOST:PORT} to listen on (editable while off) and
 * what it has received, refreshed every second while it listens.
 */
public final class ReceiverBar extends HBox {
    private static final Duration REFRESH = Duration.seconds(1);

    public ReceiverBar(ReceiverViewModel vm) {
        // create parts
        ToggleButton toggle = new ToggleButton("Receive OTLP");
        toggle.setId("receiver-toggle");
        toggle.setTooltip(new Tooltip("Receive OpenTelemetry traces and logs over OTLP/HTTP (POST /v1/traces, /v1/logs)\n"
                + "in this window's process; agents exporting to this address appear on the dashboard."));
        TextField address = new TextField();
        address.setId("receiver-address");
        address.setPrefColumnCount(13);
        address.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        address.setTooltip(new Tooltip("HOST:PORT to listen on; 127.0.0.1 accepts only this machine"));
        Label status = new Label();
        status.setId("receiver-status");
        status.getStyleClass().add("receiver-status");
        Timeline refresh = new Timeline(new KeyFrame(REFRESH, e -> vm.refresh()));
        refresh.setCycleCount(Animation.INDEFINITE);

        // lay out
        setId("receiver-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(toggle, address, status);

        // bind
        address.textProperty().bindBidirectional(vm.addressProperty());
        address.disableProperty().bind(vm.listeningProperty().or(vm.busyProperty()));
        toggle.disableProperty().bind(vm.busyProperty());
        toggle.setSelected(vm.listeningProperty().get());
        status.textProperty().bind(Bindings.when(vm.problemProperty().isEmpty())
                .then(vm.statusProperty()).otherwise(vm.problemProperty()));
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("listening"), vm.listeningProperty().get());

        // handlers
        toggle.setOnAction(e -> vm.setListening(toggle.isSelected()));
        address.setOnAction(e -> vm.setListening(true));
        vm.listeningProperty().addListener((obs, was, now) -> {
            toggle.setSelected(now);
            status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("listening"), now);
            if (now) {
                refresh.play();
            } else {
                refresh.stop();
            }
        });
        vm.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                toggle.setSelected(vm.listeningProperty().get());
            }
        });
    }
}
