package io.breakerboard.engine.guard.internal;

/** Where audit records go. Implementations are thread-safe and redact secrets before anything is written. */
public interface AuditLog extends AutoCloseable {

    /** Keeps nothing; for benchmarks that measure the engine alone. */
    AuditLog NONE = new AuditLog() {
        @Override
        public void append(AuditRecord r) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    void append(AuditRecord record);

    /** Makes everything appended so far durable. */
    void flush();

    @Override
    void close();
}
