package io.breakerboard.ui.trace;

import io.breakerboard.model.Units;
import io.breakerboard.ui.TextColumns;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Every step of an execution as a row with its bar in time. A TableView with fixed row height, so only the
 * visible rows exist and 10,000 steps scroll like 10.
 */
final class WaterfallView extends TableView<StepRow> {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private boolean following;

    WaterfallView(TraceViewModel vm) {
        // create parts
        TableColumn<StepRow, Integer> index = column("#", StepRow::index, i -> Integer.toString(i + 1));
        TableColumn<StepRow, String> kind = column("Kind", r -> r.kind().name(), s -> s);
        TableColumn<StepRow, String> name = column("Name", StepRow::name, s -> s);
        TableColumn<StepRow, Duration> offset = column("Offset", StepRow::offset, d -> "+" + Units.duration(d));
        TableColumn<StepRow, StepRow> bar = new TableColumn<>("Timeline");
        TimeRuler ruler = new TimeRuler();
        bar.setGraphic(ruler);
        bar.getStyleClass().add("col-timeline");
        bar.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        bar.setCellFactory(c -> new BarCell());
        bar.setSortable(false);
        TableColumn<StepRow, Duration> duration = column("Duration", StepRow::duration, Units::duration);
        TableColumn<StepRow, Duration> latency = column("Tool latency", StepRow::toolLatency, Units::duration);
        TableColumn<StepRow, Long> tokens = column("Tokens", StepRow::tokens, t -> t == 0 ? "" : Units.count(t));
        TableColumn<StepRow, Long> cost = column("Cost", StepRow::costMicros, c -> c == 0 ? "" : Units.money(c));
        TableColumn<StepRow, String> error = column("Error",
                r -> r.failed() ? (r.errorKind() == null ? "failed" : r.errorKind().name()) : "", s -> s);

        // lay out
        setId("waterfall");
        getStyleClass().add("waterfall");
        setFixedCellSize(24);
        getColumns().setAll(java.util.List.of(index, kind, name, offset, bar, duration, latency, tokens, cost, error));
        index.setPrefWidth(56);
        kind.setPrefWidth(120);
        name.setPrefWidth(140);
        bar.setPrefWidth(320);
        offset.setMinWidth(80);
        latency.setMinWidth(100);
        duration.setMinWidth(80);
        // Every column but the timeline stops at a width its values fill, so a wider window goes to the bars.
        index.setMaxWidth(64);
        kind.setMaxWidth(150);
        name.setMaxWidth(240);
        offset.setMaxWidth(100);
        duration.setMaxWidth(100);
        latency.setMaxWidth(110);
        tokens.setMaxWidth(90);
        cost.setMaxWidth(90);
        error.setMaxWidth(180);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label("No steps to show");
        empty.getStyleClass().add("empty-state");
        setPlaceholder(empty);

        // bind
        setItems(vm.rows());
        // The ruler fills its header: as wide as the column, so resizing or scrolling moves it with the bars.
        ruler.prefWidthProperty().bind(bar.widthProperty());
        ruler.maxWidthProperty().bind(bar.widthProperty());
        ruler.setSpan(vm.spanProperty().get());
        vm.spanProperty().addListener((obs, old, now) -> ruler.setSpan(now));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StepRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(FAILED, !empty && row != null && row.failed());
            }
        });
        vm.indexProperty().addListener((obs, old, now) -> {
            int i = now.intValue();
            if (i >= 0 && getSelectionModel().getSelectedIndex() != i) {
                following = true;
                getSelectionModel().clearAndSelect(i);
                following = false;
                scrollToKeepVisible(i);
            }
        });

        // handlers
        getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!following && now.intValue() >= 0) {
                vm.select(now.intValue());
            }
        });
    }

    private void scrollToKeepVisible(int i) {
        // Scroll only when the step is off screen, so stepping through does not jump the view each time.
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            scrollTo(i);
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (i <= first || i >= last) {
            scrollTo(Math.max(0, i - 2));
        }
    }

    private static <T> TableColumn<StepRow, T> column(String title, Function<StepRow, T> value, Function<T, String> text) {
        TableColumn<StepRow, T> column = TextColumns.of(title, value, text);
        column.setSortable(false);
        column.getStyleClass().add("col-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return column;
    }
}
