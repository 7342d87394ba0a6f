package io.breakerboard.ui;

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
}
