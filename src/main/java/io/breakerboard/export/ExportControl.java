package io.breakerboard.export;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Follows and stops a running export.
 *
 * @param rowsWritten called with the number of data rows written so far, every {@link #REPORT_EVERY} rows and
 *                    once at the end
 * @param cancelled   polled while writing; once true the export stops with a
 *                    {@link java.util.concurrent.CancellationException} and leaves no partial file behind
 */
public record ExportControl(LongConsumer rowsWritten, BooleanSupplier cancelled) {
    public static final int REPORT_EVERY = 1_000;
    public static final ExportControl NONE = new ExportControl(n -> { }, () -> false);

    public ExportControl {
        Objects.requireNonNull(rowsWritten, "rowsWritten");
        Objects.requireNonNull(cancelled, "cancelled");
    }
}
