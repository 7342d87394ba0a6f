package io.breakerboard.ui.importing;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Units;
import io.breakerboard.ui.CellTooltip;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Per file of the last import: format, records read and where each went (read = new + duplicates + updated +
 * quarantined), whether it stopped early; and the quarantined lines with reasons.
 */
final class ImportResultsView extends BorderPane {
    ImportResultsView(ImportViewModel vm) {
        // create parts
        Label outcome = new Label();
        outcome.getStyleClass().add("panel-title");
        outcome.setWrapText(true);
        TableView<FileSummary> files = new TableView<>();
        files.setId("import-files");
        files.getColumns().setAll(java.util.List.of(
                column("File", 180, f -> Path.of(f.file()).getFileName().toString()),
                column("Format", 110, f -> f.format() == null ? "refused" : f.format()),
                column("Read", 80, f -> Units.count(f.recordsRead())),
                column("New", 70, f -> Units.count(f.imported())),
                column("Duplicates", 90, f -> Units.count(f.duplicates())),
                column("Updated", 80, f -> Units.count(f.updated())),
                column("Quarantined", 100, f -> Units.count(f.quarantined())),
                column("Time", 80, f -> Units.duration(f.elapsed())),
                problemColumn()));
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label noFiles = new Label("No import yet: drop files or folders on the window, or use File → Import…");
        noFiles.getStyleClass().add("empty-state");
        files.setPlaceholder(noFiles);
        Button showSelected = new Button("Quarantined lines of this file");
        Button showAll = new Button("All quarantined lines");
        Label quarantineTitle = new Label();
        quarantineTitle.getStyleClass().add("panel-title");
        TableView<QuarantinedRecord> lines = new TableView<>();
        lines.setId("quarantine-lines");
        // Line numbers sort as numbers; 0 stands for the file as a whole.
        TableColumn<QuarantinedRecord, Long> line = io.breakerboard.ui.TextColumns.of("Line", QuarantinedRecord::line,
                n -> n == 0 ? "file" : Long.toString(n));
        line.setPrefWidth(70);
        TableColumn<QuarantinedRecord, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()));
        reason.setMinWidth(320);
        TableColumn<QuarantinedRecord, String> raw = new TableColumn<>("Raw text");
        raw.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().raw()));
        raw.setCellFactory(c -> new TableCell<>() {
            private final CellTooltip tooltip = new CellTooltip(this);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tooltip.show(empty || item == null ? null : item.length() > 2000 ? item.substring(0, 2000) + "…" : item);
            }
        });
        lines.getColumns().setAll(java.util.List.of(line, reason, raw));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label noLines = new Label("No quarantined lines to show");
        noLines.getStyleClass().add("empty-state");
        lines.setPlaceholder(noLines);

        // lay out
        getStyleClass().add("import-results");
        BorderPane bottom = new BorderPane(lines);
        bottom.setTop(new HBox(8, quarantineTitle, showSelected, showAll));
        SplitPane split = new SplitPane(files, bottom);
        split.setOrientation(Orientation.VERTICAL);
        setTop(outcome);
        setCenter(split);

        // bind
        files.setItems(vm.results());
        lines.setItems(vm.quarantined());
        outcome.textProperty().bind(vm.outcomeProperty());
        quarantineTitle.textProperty().bind(vm.quarantineTitleProperty());
        showSelected.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());

        // handlers
        showSelected.setOnAction(e -> vm.showQuarantine(files.getSelectionModel().getSelectedItem().file()));
        showAll.setOnAction(e -> vm.showQuarantine(null));
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null && f.quarantined() > 0) {
                vm.showQuarantine(f.file());
            }
        });
    }

    /** One line of text, cut with an ellipsis where the column ends; the whole of it in a tooltip. */
    private static TableColumn<FileSummary, String> problemColumn() {
        TableColumn<FileSummary, String> c = column("Problem", 200, ImportViewModel::problemLine);
        c.setCellFactory(col -> new TableCell<>() {
            private final CellTooltip tooltip = new CellTooltip(this);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(false);
                setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
                tooltip.show(empty || item == null ? null : getTableRow() != null && getTableRow().getItem() != null
                        ? ImportViewModel.problemOf(getTableRow().getItem()) : item);
            }
        });
        return c;
    }

    private static TableColumn<FileSummary, String> column(String title, double minWidth, Function<FileSummary, String> value) {
        TableColumn<FileSummary, String> c = new TableColumn<>(title);
        c.setMinWidth(minWidth);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
