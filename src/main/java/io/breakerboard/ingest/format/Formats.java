package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import java.util.ArrayList;
import java.util.List;

/** Every log format Breakerboard reads, in the order detection breaks ties. */
public final class Formats {
    private Formats() {
    }

    public static List<LogFormat> all() {
        List<LogFormat> all = new ArrayList<>(LineFormats.list());
        all.addAll(TraceFormats.list());
        return List.copyOf(all);
    }
}
