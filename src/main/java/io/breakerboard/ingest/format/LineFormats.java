package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import java.util.List;

/** Breakerboard's own and operational line formats: canonical, audit, pipe-delimited, cost JSON, CSV. */
final class LineFormats {
    private LineFormats() {
    }

    static List<LogFormat> list() {
        return List.of(new CanonicalJsonlFormat(), new AuditJsonlFormat(), new PipeLogFormat(), new CostJsonFormat(),
                new CsvFormat());
    }
}
