package io.breakerboard.ingest;

import java.time.Clock;

/**
 * Progress over one import of several files, reported at most every {@link #BYTES_STEP} bytes or
 * {@link #MILLIS_STEP} milliseconds so a fast import does not flood its listener.
 */
final class ImportRun {
    static final long BYTES_STEP = 64 * 1024;
    static final long MILLIS_STEP = 100;

    private final ImportListener listener;
    private final Clock clock;
    private final int filesTotal;
    private final long bytesTotal;
    private int filesDone;
    private long bytesBefore;
    private long executionsBefore;
    private long lastBytes = -1;
    private long lastMillis;

    ImportRun(ImportListener listener, Clock clock, int filesTotal, long bytesTotal) {
        this.listener = listener;
        this.clock = clock;
        this.filesTotal = filesTotal;
        this.bytesTotal = bytesTotal;
    }

    /** Reports progress inside a file when enough happened since the last report. */
    void maybeReport(String file, long fileBytes, long fileSize, long fileExecutions) {
        long now = clock.millis();
        if (lastBytes >= 0 && fileBytes - lastBytes < BYTES_STEP && now - lastMillis < MILLIS_STEP) {
            return;
        }
        report(file, fileBytes, fileSize, fileExecutions);
    }

    private void report(String file, long fileBytes, long fileSize, long fileExecutions) {
        lastBytes = fileBytes;
        lastMillis = clock.millis();
        listener.progress(new ImportProgress(file, fileBytes, fileSize, filesDone, filesTotal,
                bytesBefore + Math.min(fileBytes, fileSize), bytesTotal, executionsBefore + fileExecutions));
    }

    void fileFinished(FileSummary summary, long fileSize) {
        filesDone++;
        bytesBefore += fileSize;
        executionsBefore += summary.executions();
        lastBytes = -1;
        listener.fileFinished(summary);
        report(summary.file(), fileSize, fileSize, 0);
    }
}
