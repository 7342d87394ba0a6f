package io.breakerboard.ui.chaos;

import io.breakerboard.ui.Page;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The chaos panel: fault buttons with their controls, the active faults and their timeline, one prominent
 * "Stop all faults", and the experiments with their reports. It polls the faults only while it shows.
 */
public final class ChaosView extends BorderPane implements Page {
    private final ChaosViewModel vm;
    private final ChaosPoller poller;
    private final ActiveFaultsView active;
    private final ExperimentsView experiments;
    private final Button stopAll = new Button();
    private ExperimentEditorDialog editor;

    /**
     * @param stopAllKeys  the shortcut of "Stop all faults" as people read it, e.g. "Ctrl+Shift+X"
     * @param startTraffic starts the workload the Engine tab describes, so faults meet calls
     */
    public ChaosView(ChaosViewModel vm, ChaosPoller poller, ZoneId zone, String stopAllKeys, Runnable startTraffic) {
        this.vm = vm;
        this.poller = poller;
        // create parts
        Label title = new Label("Chaos");
        title.getStyleClass().add("headline");
        Label traffic = new Label();
        traffic.setId("chaos-traffic");
        traffic.getStyleClass().add("chaos-hint");
        Button start = new Button("Start engine traffic");
        start.setId("start-traffic");
        start.getStyleClass().add("start-traffic");
        start.setTooltip(new Tooltip("Starts the workload set on the Engine tab, so the faults meet calls"));
        start.setMinWidth(Region.USE_PREF_SIZE);
        stopAll.setId("stop-all-faults");
        stopAll.setMinWidth(Region.USE_PREF_SIZE);
        stopAll.getStyleClass().add("stop-all");
        stopAll.setTooltip(new Tooltip("Removes every fault at once (" + stopAllKeys + ")"));
        FaultBoard board = new FaultBoard(vm);
        active = new ActiveFaultsView(vm, zone);
        experiments = new ExperimentsView(vm.experiments(), zone, this::openEditor);

        // lay out
        setId("chaos");
        getStyleClass().add("chaos");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, traffic, start, spacer, stopAll);
        header.getStyleClass().add("header");
        SplitPane faults = new SplitPane(board, active);
        faults.setDividerPositions(0.66);
        SplitPane main = new SplitPane(faults, experiments);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.5);
        SplitPane.setResizableWithParent(faults, false);
        fitOnce(faults, board, false);
        fitOnce(main, board, true);
        keepWhole(main, experiments);
        setTop(header);
        setCenter(main);

        // bind
        traffic.textProperty().bind(vm.trafficTextProperty());
        start.visibleProperty().bind(vm.trafficProperty().not());
        start.managedProperty().bind(start.visibleProperty());
        stopAll.textProperty().bind(Bindings.createStringBinding(() -> "■  Stop all faults"
                + (vm.activeCountProperty().get() == 0 ? "" : " (" + vm.activeCountProperty().get() + ")")
                + "   " + stopAllKeys, vm.activeCountProperty()));
        stopAll.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("armed-faults"), false);
        vm.activeCountProperty().addListener((obs, old, now) -> stopAll.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("armed-faults"), now.intValue() > 0));

        // handlers
        stopAll.setOnAction(e -> vm.stopAll());
        start.setOnAction(e -> startTraffic.run());
    }

    // The first time a split has a size, its divider goes where the fault board shows every row and column, as
    // far as the other side keeps room for its own controls (the active faults; the experiments' Run and Cancel);
    // later the person moves it, and window resizes go to the other side.
    private static void fitOnce(SplitPane split, Region board, boolean vertical) {
        javafx.beans.value.ChangeListener<Number> fit = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number size) {
                if (size.doubleValue() <= 0) {
                    return;
                }
                obs.removeListener(this);
                double wanted = vertical ? board.prefHeight(-1) : board.prefWidth(-1);
                double otherSide = vertical ? 250 : 150;
                double at = Math.min(wanted + 24, size.doubleValue() - otherSide) / size.doubleValue();
                split.setDividerPositions(Math.max(0.4, at));
            }
        };
        (vertical ? split.heightProperty() : split.widthProperty()).addListener(fit);
    }

    // When the panel loses height later (a banner above it, a smaller window), the fault board gives it up, not the
    // experiments: their Run and Cancel stay whole while the board scrolls.
    private static void keepWhole(SplitPane split, Region bottom) {
        split.heightProperty().addListener((obs, old, size) -> {
            double h = size.doubleValue();
            double needed = bottom.minHeight(split.getWidth()) + 8;
            if (h <= 0 || split.getDividers().isEmpty()) {
                return;
            }
            double at = split.getDividerPositions()[0];
            if ((1 - at) * h < needed) {
                split.setDividerPositions(Math.max(0.2, (h - needed) / h));
            }
        });
    }

    /** Starts polling and reads the experiments: the panel is shown. */
    @Override
    public void shown() {
        poller.shown();
        vm.experiments().load();
    }

    /** Stops polling: another tab is chosen. */
    @Override
    public void hidden() {
        poller.hidden();
    }

    /** True once the experiments are listed. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return vm.experiments().loadedProperty();
    }

    public void stopAllFaults() {
        vm.stopAll();
    }

    private void openEditor(String name) {
        if (editor == null) {
            editor = new ExperimentEditorDialog(getScene() == null ? null : getScene().getWindow(), vm.editor(),
                    saved -> vm.experiments().loadAndSelect(saved));
        }
        if (name == null) {
            vm.editor().startFrom(vm.experiments().selectedProperty().get().name());
        } else {
            vm.editor().edit(name);
        }
        editor.show();
    }

    Button stopAllButton() {
        return stopAll;
    }

    ActiveFaultsView activeFaults() {
        return active;
    }

    ExperimentsView experiments() {
        return experiments;
    }

    @Override
    public void closed() {
        poller.closed();
    }
}
