package io.breakerboard.ingest.format;

import io.breakerboard.csv.ExecutionColumns;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which column of a CSV file holds which role, resolved once from its header row. */
final class CsvHeader {
    private final List<String> names;
    private final Map<CsvRole, Integer> index = new EnumMap<>(CsvRole.class);

    CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (CsvRole role : CsvRole.values()) {
            for (String alias : role.names()) {
                int i = indexOf(alias);
                if (i >= 0) {
                    index.put(role, i);
                    break;
                }
            }
        }
    }

    /** Column index of a role, or -1. */
    int index(CsvRole role) {
        return index.getOrDefault(role, -1);
    }

    boolean has(CsvRole role) {
        return index.containsKey(role);
    }

    int size() {
        return names.size();
    }

    /** The header as written, for messages. */
    String name(CsvRole role) {
        return names.get(index(role)).strip();
    }

    /** True when every column our executions export writes is present: the file is one of ours. */
    boolean isOurExport() {
        for (String n : ExecutionColumns.names()) {
            if (indexOf(n) < 0) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String normalisedName) {
        for (int i = 0; i < names.size(); i++) {
            if (CsvRole.normalise(names.get(i)).equals(normalisedName)) {
                return i;
            }
        }
        return -1;
    }
}
