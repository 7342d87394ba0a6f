package io.breakerboard.ingest;

/**
 * Where a running import stands.
 *
 * @param file         the file being read now
 * @param fileBytes    bytes of it read so far
 * @param fileSize     its size
 * @param filesDone    files finished
 * @param filesTotal   files in the import
 * @param bytesDone    bytes read over all files
 * @param bytesTotal   bytes of all files
 * @param executions   executions read so far over all files
 */
public record ImportProgress(String file, long fileBytes, long fileSize, int filesDone, int filesTotal,
                             long bytesDone, long bytesTotal, long executions) {

    /** 0..1 over the whole import. */
    public double fraction() {
        return bytesTotal <= 0 ? (filesTotal == 0 ? 1 : (double) filesDone / filesTotal) : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
