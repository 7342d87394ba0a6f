package io.breakerboard.service;

/** How an experiment report is written to a file. */
public enum ReportFormat {
    CSV("csv"),
    MARKDOWN("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }
}
