package io.breakerboard.store;

import java.util.List;

/** The SQL that differs between H2 and PostgreSQL: only the upsert, everything else is written portably. */
public enum Dialect {
    H2,
    POSTGRESQL;

    /** Inserts a row, or replaces the columns not in {@code keys} of the row with the same keys. */
    public String upsert(String table, List<String> columns, List<String> keys) {
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        if (this == H2) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
                    + ") VALUES (" + marks + ")";
        }
        List<String> sets = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c).toList();
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO UPDATE SET " + String.join(", ", sets);
    }
}
