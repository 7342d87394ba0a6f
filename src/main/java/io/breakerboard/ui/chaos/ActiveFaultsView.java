package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.FaultEvent;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The faults held now, each with its time left and a remove button, and below them the fault timeline. */
final class ActiveFaultsView extends SplitPane {
    private final ListView<ActiveFault> active = new ListView<>();
    private final ListView<FaultEvent> timeline = new ListView<>();

    ActiveFaultsView(ChaosViewModel vm, ZoneId zone) {
        // create parts
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        Label noFault = new Label("No fault is active: every call behaves normally");
        noFault.getStyleClass().add("empty-state");
        noFault.setWrapText(true);
        Label timelineHeading = new Label("Fault timeline");
        timelineHeading.getStyleClass().add("panel-title");
        Label noEvent = new Label("Faults you inject and experiments run appear here");
        noEvent.getStyleClass().add("empty-state");
        noEvent.setWrapText(true);

        // lay out
        BorderPane top = new BorderPane(active);
        top.setTop(heading);
        top.getStyleClass().add("panel");
        BorderPane bottom = new BorderPane(timeline);
        bottom.setTop(timelineHeading);
        bottom.getStyleClass().add("panel");
        active.setId("active-faults");
        active.setPlaceholder(noFault);
        timeline.setId("fault-timeline");
        timeline.setPlaceholder(noEvent);
        timeline.getStyleClass().add("fault-timeline");
        getItems().setAll(top, bottom);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.55);

        // bind
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.activeCountProperty().get() == 0
                ? "Active faults" : "Active faults (" + vm.activeCountProperty().get() + ")", vm.activeCountProperty()));
        active.setItems(vm.active());
        active.setCellFactory(l -> new FaultCell(vm));
        timeline.setItems(vm.timeline());
        timeline.setCellFactory(l -> new ListCell<>() {
            {
                // As wide as the list, wrapping long lines instead of scrolling sideways.
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(FaultEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : ChaosTexts.event(e, zone));
                getStyleClass().removeAll("event-started", "event-ended");
                if (!empty && e != null) {
                    getStyleClass().add(e.type() == FaultEvent.Type.STARTED ? "event-started" : "event-ended");
                }
            }
        });
    }

    ListView<ActiveFault> list() {
        return active;
    }

    /** One held fault: what it is, what is left of it, and a remove button. */
    private static final class FaultCell extends ListCell<ActiveFault> {
        private final Label what = new Label();
        private final Label status = new Label();
        private final Button remove = new Button("Remove");
        private final Tooltip tip = new Tooltip();
        private final HBox box;

        FaultCell(ChaosViewModel vm) {
            what.getStyleClass().add("fault-what");
            status.getStyleClass().add("fault-status");
            remove.getStyleClass().add("small-button");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            // A long description gives way (ellipsis, full text in the tooltip), never the remove button.
            what.setMinWidth(0);
            what.setWrapText(true);
            status.setMinWidth(0);
            setPrefWidth(0);
            VBox text = new VBox(1, what, status);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(8, text, remove);
            box.getStyleClass().add("fault-row");
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    vm.remove(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(ActiveFault f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            what.setText(ChaosTexts.fault(f));
            tip.setText(f.spec().describe());
            setTooltip(tip);
            status.setText(ChaosTexts.faultStatus(f));
            remove.setId("remove-" + f.id());
            setGraphic(box);
        }
    }
}
