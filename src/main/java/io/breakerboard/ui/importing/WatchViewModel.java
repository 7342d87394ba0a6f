package io.breakerboard.ui.importing;

import io.breakerboard.service.Imports;
import io.breakerboard.ui.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Files followed live: appended lines import as they arrive. */
public final class WatchViewModel {
    private final Imports imports;
    private final UiExecutor ui;
    private final ObservableList<Path> watched = FXCollections.observableArrayList();
    private final ObservableList<Path> watchedView = FXCollections.unmodifiableObservableList(watched);

    public WatchViewModel(Imports imports, UiExecutor ui) {
        this.imports = imports;
        this.ui = ui;
    }

    /** Starts following a file (opening it may touch the disk, so off the FX thread). */
    public void watch(Path file) {
        ui.query("watch " + file, () -> {
            imports.watch(file);
            return imports.watched();
        }, this::show);
    }

    public void unwatch(Path file) {
        ui.query("stop watching " + file, () -> {
            imports.unwatch(file);
            return imports.watched();
        }, this::show);
    }

    /** Reads the list again, e.g. when its window opens. */
    public void reload() {
        ui.query("list the watched files", imports::watched, this::show);
    }

    private void show(List<Path> paths) {
        if (!paths.equals(watched)) {
            watched.setAll(paths);
        }
    }

    public ObservableList<Path> watched() {
        return watchedView;
    }
}
