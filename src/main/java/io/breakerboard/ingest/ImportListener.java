package io.breakerboard.ingest;

/** Follows an import. Called on the importing thread; implementations hand off to their own threads. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() { };

    default void progress(ImportProgress progress) {
    }

    default void fileFinished(FileSummary summary) {
    }
}
