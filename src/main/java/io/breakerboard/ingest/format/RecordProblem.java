package io.breakerboard.ingest.format;

/**
 * One record cannot be read; the message is the reason shown to the user. Thrown and caught inside a format's
 * parse loop, so it carries no stack trace.
 */
final class RecordProblem extends Exception {
    private final String field;
    private final String why;

    RecordProblem(String reason) {
        this(null, reason);
    }

    private RecordProblem(String field, String why) {
        super(field == null ? why : "field '" + field + "': " + why, null, false, false);
        this.field = field;
        this.why = why;
    }

    static RecordProblem missing(String field) {
        return new RecordProblem("missing field '" + field + "'");
    }

    static RecordProblem invalid(String field, String why) {
        return new RecordProblem(field, why);
    }

    /** The same problem for a field nested in {@code parent}, e.g. {@code steps[3].at}; built only on failure. */
    RecordProblem within(String parent) {
        return field == null ? new RecordProblem(null, why.replace("field '", "field '" + parent + "."))
                : new RecordProblem(parent + "." + field, why);
    }
}
