package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.ui.UiExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chaos panel's fault side: one control per fault kind, the faults held now with their time left, the fault
 * timeline, and "stop all". The experiments live in {@link ExperimentsViewModel}.
 */
public final class ChaosViewModel {
    /** Fault events kept on the timeline, newest first. */
    static final int TIMELINE = 100;

    private final ChaosControl chaos;
    private final UiExecutor ui;
    private final List<FaultControlModel> controls;
    private final ExperimentsViewModel experiments;
    private final ExperimentEditorModel editor;
    private final ObservableList<ActiveFault> active = FXCollections.observableArrayList();
    private final ObservableList<FaultEvent> timeline = FXCollections.observableArrayList();
    private final ObservableList<ActiveFault> activeView = FXCollections.unmodifiableObservableList(active);
    private final ObservableList<FaultEvent> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "activeCount");
    private final ReadOnlyBooleanWrapper traffic = new ReadOnlyBooleanWrapper(this, "traffic");
    private final ReadOnlyStringWrapper trafficText = new ReadOnlyStringWrapper(this, "trafficText", "");

    /** What the poller reads off the FX thread, applied on it. */
    public record State(List<ActiveFault> active, List<FaultEvent> events, boolean traffic) {
    }

    public ChaosViewModel(ChaosControl chaos, UiExecutor ui) {
        this.chaos = chaos;
        this.ui = ui;
        this.controls = Arrays.stream(FaultKind.values()).map(k -> new FaultControlModel(k, chaos.catalog())).toList();
        this.experiments = new ExperimentsViewModel(chaos, ui);
        this.editor = new ExperimentEditorModel(chaos, ui);
        apply(new State(List.of(), List.of(), false));
    }

    // Commands

    /** Injects the fault a control describes; a value out of range is told, not thrown. */
    public void inject(FaultControlModel control) {
        FaultSpec spec;
        try {
            spec = control.spec();
        } catch (IllegalArgumentException e) {
            ui.tell(control.kind().label() + ": " + e.getMessage());
            return;
        }
        inject(spec);
    }

    /** Injects a fault, e.g. one given on the command line. */
    public void inject(FaultSpec spec) {
        ui.query("inject " + spec.kind().label().toLowerCase(java.util.Locale.ROOT), () -> chaos.inject(spec), fault -> {
            ui.tell("Injected " + fault.spec().describe() + (traffic.get() ? "" : "; it meets calls once engine traffic runs"));
            refresh();
        });
    }

    public void remove(String faultId) {
        ui.query("remove the fault", () -> chaos.remove(faultId), removed -> {
            ui.tell(removed ? "Fault " + faultId + " removed" : "Fault " + faultId + " had already rolled back");
            refresh();
        });
    }

    /** Removes every fault at once. */
    public void stopAll() {
        ui.query("stop all faults", chaos::stopAll, n -> {
            ui.tell(n == 0 ? "No fault was active" : "Stopped " + n + (n == 1 ? " fault" : " faults")
                    + "; every call is back to normal");
            refresh();
        });
    }

    /** Reads the faults now and shows them. */
    public void refresh() {
        ui.query("read the active faults", this::read, this::apply);
    }

    /** The current state, read from the workspace; any thread but the FX one. */
    public State read() {
        return new State(chaos.activeFaults(), chaos.faultEvents(), chaos.trafficRunning());
    }

    /** Shows a state read by {@link #read}; FX thread. */
    public void apply(State s) {
        if (!s.active().equals(active)) {
            active.setAll(s.active());
        }
        List<FaultEvent> newestFirst = new ArrayList<>(s.events().subList(Math.max(0, s.events().size() - TIMELINE),
                s.events().size()));
        Collections.reverse(newestFirst);
        if (!newestFirst.equals(timeline)) {
            timeline.setAll(newestFirst);
        }
        activeCount.set(s.active().size());
        traffic.set(s.traffic());
        trafficText.set(s.traffic() ? "Engine traffic is running: faults hit its calls now."
                : "The engine is idle: faults wait for traffic. Experiments bring their own.");
    }

    // State

    public List<FaultControlModel> controls() {
        return controls;
    }

    public ExperimentsViewModel experiments() {
        return experiments;
    }

    public ExperimentEditorModel editor() {
        return editor;
    }

    /** Faults held now, oldest first. */
    public ObservableList<ActiveFault> active() {
        return activeView;
    }

    /** Fault starts and ends, newest first. */
    public ObservableList<FaultEvent> timeline() {
        return timelineView;
    }

    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trafficProperty() {
        return traffic.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trafficTextProperty() {
        return trafficText.getReadOnlyProperty();
    }
}
