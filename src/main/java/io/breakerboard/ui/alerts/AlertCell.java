package io.breakerboard.ui.alerts;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Units;
import io.breakerboard.ui.Formats;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One alert: severity colour, time, rule and subject, value against threshold, and an acknowledge button. */
final class AlertCell extends ListCell<Alert> {
    private static final PseudoClass FIRING = PseudoClass.getPseudoClass("firing");
    private static final PseudoClass RESOLVED = PseudoClass.getPseudoClass("resolved");

    private final Clock clock;
    private final Region severity = new Region();
    private final Label title = new Label();
    private final Label time = new Label();
    private final Label measure = new Label();
    private final Label message = new Label();
    private final Button acknowledge = new Button("Acknowledge");
    private final HBox root;

    AlertCell(Clock clock, Consumer<String> onAcknowledge) {
        this.clock = clock;
        // create parts
        severity.getStyleClass().add("severity-bar");
        title.getStyleClass().add("alert-title");
        time.getStyleClass().add("alert-time");
        measure.getStyleClass().add("alert-measure");
        message.getStyleClass().add("alert-message");
        message.setWrapText(true);
        // Rule and subject name the alert: they wrap onto a second line rather than elide ("high-cos…" at 1024 px).
        title.setWrapText(true);
        acknowledge.getStyleClass().add("small-button");

        // lay out
        // The title has the card's whole width; the time goes beside the measure.
        HBox when = new HBox(8, time, measure);
        VBox text = new VBox(2, title, when, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        title.setMinWidth(0);
        measure.setMinWidth(0);
        measure.setWrapText(true);
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new HBox(8, severity, text, acknowledge);
        root.getStyleClass().add("alert-row");
        root.setMinWidth(0);
        acknowledge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A cell asking for no width gets the list's width: long messages wrap instead of scrolling sideways.
        setPrefWidth(0);

        // handlers
        acknowledge.setOnAction(e -> {
            if (getItem() != null) {
                onAcknowledge.accept(getItem().id());
            }
        });
    }

    @Override
    protected void updateItem(Alert alert, boolean empty) {
        super.updateItem(alert, empty);
        if (empty || alert == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        severity.getStyleClass().setAll("severity-bar", "severity-" + alert.severity().name().toLowerCase(Locale.ROOT));
        title.setText(alert.rule() + " · " + (alert.subject() == null ? "all" : alert.subject()) + "  "
                + alert.state().name().toLowerCase(Locale.ROOT));
        time.setText(Formats.time(AlertsViewModel.when(alert), clock.instant(), clock.getZone()));
        measure.setText(Units.measured(alert.value(), alert.unit()) + " vs threshold "
                + Units.measured(alert.threshold(), alert.unit()));
        message.setText(alert.message() == null ? "" : alert.message());
        acknowledge.setDisable(alert.acknowledged() || alert.state() == AlertState.RESOLVED);
        acknowledge.setText(alert.acknowledged() ? "Seen" : "Acknowledge");
        root.pseudoClassStateChanged(FIRING, alert.firing());
        root.pseudoClassStateChanged(RESOLVED, alert.state() == AlertState.RESOLVED);
        setText(null);
        setGraphic(root);
    }
}
