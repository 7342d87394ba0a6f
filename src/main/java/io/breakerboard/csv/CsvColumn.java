package io.breakerboard.csv;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a CSV table: its header, what it holds and how a row's cell is read. The value function
 * returns null for an empty cell.
 */
public record CsvColumn<T>(String name, CellType type, Function<? super T, String> value) {
    public CsvColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static <T> CsvColumn<T> text(String name, Function<? super T, String> value) {
        return new CsvColumn<>(name, CellType.TEXT, value);
    }

    public static <T> CsvColumn<T> number(String name, Function<? super T, String> value) {
        return new CsvColumn<>(name, CellType.NUMBER, value);
    }

    public static <T> CsvColumn<T> time(String name, Function<? super T, String> value) {
        return new CsvColumn<>(name, CellType.TIME, value);
    }
}
