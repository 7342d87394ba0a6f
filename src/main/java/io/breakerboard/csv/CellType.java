package io.breakerboard.csv;

/** What a CSV column holds; decides whether its cells are redacted and guarded against formula injection. */
public enum CellType {
    /** Free text: redacted, and neutralised when it could start a formula. */
    TEXT,
    /** A plain number, possibly negative: written as is, since {@code -3} is a number, not a formula. */
    NUMBER,
    /** An ISO-8601 UTC time written by us: safe as is. */
    TIME
}
