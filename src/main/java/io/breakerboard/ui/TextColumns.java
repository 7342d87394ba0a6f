package io.breakerboard.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns that show one value of a row as text. */
public final class TextColumns {
    private TextColumns() {
    }

    /**
     * A column holding {@code value} of each row (so it sorts by the value, not by its text) and showing it as
     * {@code text}; an empty cell or a null value shows nothing.
     */
    public static <R, T> TableColumn<R, T> of(String title, Function<R, T> value, Function<T, String> text) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    /**
     * Like {@link #of}, and each cell's tooltip holds its whole text: for narrow columns whose values elide
     * (with an ellipsis, never cut at the edge) and still have to be readable.
     */
    public static <R, T> TableColumn<R, T> withTooltips(String title, Function<R, T> value, Function<T, String> text) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final io.breakerboard.ui.CellTooltip tooltip = new io.breakerboard.ui.CellTooltip(this);

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : text.apply(item);
                setText(shown);
                tooltip.show(shown);
            }
        });
        return column;
    }

    /**
     * Keeps {@code column} as wide as its header and its widest value among {@code rows} (at most {@code cap} px)
     * while that takes at most {@code share} of {@code table}'s width; past that it gives way to the share and its
     * values elide: for a table that must fit its panel rather than scroll sideways.
     */
    public static <R, T> void fitContentWithin(javafx.scene.control.TableView<R> table, TableColumn<R, T> column,
                                               Function<R, T> value, Function<T, String> text, double share, double cap) {
        Runnable fit = () -> {
            double widest = width(column.getText(), true);
            for (R row : List.copyOf(table.getItems())) {
                T v = value.apply(row);
                if (v != null) {
                    widest = Math.max(widest, width(text.apply(v), false));
                }
            }
            double whole = Math.min(cap, Math.ceil(widest + CELL_PADDING));
            double min = Math.floor(Math.min(whole, Math.max(MIN_SHARE_WIDTH, table.getWidth() * share)));
            if (column.getMinWidth() != min) {
                column.setMinWidth(min);
                column.setPrefWidth(Math.max(min, whole));
            }
        };
        // Rows of the table's items as they are when called: set the items first.
        table.getItems().addListener((javafx.collections.ListChangeListener<R>) c -> fit.run());
        table.widthProperty().addListener((o, was, now) -> fit.run());
        fit.run();
    }

    /** The least a column fitted within a share of its table takes, whatever the table's width. */
    private static final double MIN_SHARE_WIDTH = 48;

    /** Room a cell takes beside its text: padding and the sort arrow of a header. */
    private static final double CELL_PADDING = 22;

    /**
     * Keeps {@code column} at least as wide as its header and its widest value among {@code rows} (at most
     * {@code cap} px), so its values never elide; measured in the window's font each time the rows change.
     */
    public static <R, T> void fitContent(TableColumn<R, T> column, javafx.collections.ObservableList<R> rows,
                                         Function<R, T> value, Function<T, String> text, double cap) {
        Runnable fit = () -> {
            String header = column.getText();
            if ((header == null || header.isEmpty()) && column.getGraphic() instanceof javafx.scene.control.Labeled l) {
                header = l.getText();
            }
            double widest = width(header, true);
            for (R row : List.copyOf(rows)) {
                T v = value.apply(row);
                if (v != null) {
                    widest = Math.max(widest, width(text.apply(v), false));
                }
            }
            double min = Math.min(cap, Math.ceil(widest + CELL_PADDING));
            if (column.getMinWidth() != min) {
                column.setMinWidth(min);
                column.setPrefWidth(Math.max(column.getPrefWidth(), min));
            }
        };
        rows.addListener((javafx.collections.ListChangeListener<R>) c -> fit.run());
        fit.run();
    }

    private static double width(String s, boolean bold) {
        if (s == null) {
            return 0;
        }
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 13));
        return t.getLayoutBounds().getWidth();
    }
}
