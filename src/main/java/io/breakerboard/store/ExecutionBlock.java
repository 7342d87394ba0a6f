package io.breakerboard.store;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Executions with consecutive ids from {@link #firstId}, held column by column: the unit in which executions are
 * stored (see {@code docs/decisions/0021-executions-in-packed-blocks.md}). Built from executions about to be
 * written, or read back from stored bytes, in which case each column is decoded when first asked for, so a search
 * that looks at start times and agents never decodes tasks or messages. Times are microseconds since the epoch.
 * Not thread-safe.
 */
final class ExecutionBlock {
    static final String SUCCESS = Outcome.SUCCESS.name();

    final long firstId;
    final int rows;
    private final Object[] columns = new Object[BlockColumn.ALL.length];
    private final ExecutionBlockCodec.Packed packed;
    /** Rows in the packed bytes: more than {@link #rows} when this block is the first rows of a stored one. */
    private final int packedRows;

    private ExecutionBlock(long firstId, int rows, ExecutionBlockCodec.Packed packed, int packedRows) {
        this.firstId = firstId;
        this.rows = rows;
        this.packed = packed;
        this.packedRows = packedRows;
    }

    private ExecutionBlock(long firstId, int rows, ExecutionBlockCodec.Packed packed) {
        this(firstId, rows, packed, rows);
    }

    /** A block read back from its stored bytes; nothing is decoded yet. */
    static ExecutionBlock packed(long firstId, int rows, ExecutionBlockCodec.Packed packed) {
        return new ExecutionBlock(firstId, rows, packed);
    }

    /**
     * The first {@code n} rows of a block just read back from its stored bytes: what a reader knew of a block
     * before it was extended (blocks only ever grow at their end). This block must not be used afterwards, as both
     * would decode the same bytes, which are decoded once.
     */
    ExecutionBlock firstRows(int n) {
        if (packed == null || n < 1 || n > rows) {
            throw new IllegalArgumentException("cannot take the first " + n + " of " + rows + " rows");
        }
        return n == rows ? this : new ExecutionBlock(firstId, n, packed, packedRows);
    }

    /**
     * The executions, without their steps, as a block with ids from {@code firstId} on. Texts longer than the
     * store keeps are cut with a marker ({@link Text#fit}).
     *
     * @param importedAt when each was imported (microseconds since the epoch)
     */
    static ExecutionBlock of(long firstId, List<Execution> executions, long[] importedAt) {
        long[] fingerprints = new long[executions.size()];
        for (int i = 0; i < fingerprints.length; i++) {
            fingerprints[i] = ExecutionFingerprint.of(executions.get(i));
        }
        return of(firstId, executions, importedAt, fingerprints);
    }

    /** As {@link #of(long, List, long[])}, with the executions' {@link ExecutionFingerprint}s known. */
    static ExecutionBlock of(long firstId, List<Execution> executions, long[] importedAt, long[] fingerprints) {
        int n = executions.size();
        ExecutionBlock b = new ExecutionBlock(firstId, n, null);
        String[] key = b.text(BlockColumn.KEY, n), agent = b.text(BlockColumn.AGENT, n), task = b.text(BlockColumn.TASK, n);
        String[] outcome = b.text(BlockColumn.OUTCOME, n), errorKind = b.text(BlockColumn.ERROR_KIND, n);
        String[] errorMessage = b.text(BlockColumn.ERROR_MESSAGE, n), model = b.text(BlockColumn.MODEL, n);
        String[] user = b.text(BlockColumn.USER, n), session = b.text(BlockColumn.SESSION, n);
        String[] source = b.text(BlockColumn.SOURCE, n), format = b.text(BlockColumn.FORMAT, n);
        String[] pattern = b.text(BlockColumn.PATTERN, n);
        long[] started = b.numbers(BlockColumn.STARTED, n), duration = b.numbers(BlockColumn.DURATION, n);
        long[] inputTokens = b.numbers(BlockColumn.INPUT_TOKENS, n), outputTokens = b.numbers(BlockColumn.OUTPUT_TOKENS, n);
        long[] cost = b.numbers(BlockColumn.COST, n), retries = b.numbers(BlockColumn.RETRIES, n);
        long[] iterations = b.numbers(BlockColumn.ITERATIONS, n), toolCalls = b.numbers(BlockColumn.TOOL_CALLS, n);
        long[] toolFailures = b.numbers(BlockColumn.TOOL_FAILURES, n);
        b.columns[BlockColumn.IMPORTED_AT.ordinal()] = importedAt.clone();
        b.columns[BlockColumn.FINGERPRINT.ordinal()] = fingerprints.clone();
        for (int i = 0; i < n; i++) {
            Execution e = executions.get(i);
            key[i] = e.key();
            agent[i] = e.agent();
            task[i] = Text.fit(e.task());
            started[i] = micros(e.startedAt());
            duration[i] = e.durationMicros();
            outcome[i] = e.outcome().name();
            errorKind[i] = e.errorKind() == null ? null : e.errorKind().name();
            errorMessage[i] = Text.fit(e.errorMessage());
            model[i] = e.model();
            inputTokens[i] = e.inputTokens();
            outputTokens[i] = e.outputTokens();
            cost[i] = e.costMicros();
            retries[i] = e.retries();
            iterations[i] = e.iterations();
            toolCalls[i] = e.toolCalls();
            toolFailures[i] = e.toolFailures();
            user[i] = e.userId();
            session[i] = e.sessionId();
            source[i] = e.source();
            format[i] = e.format();
            pattern[i] = e.pattern();
        }
        return b;
    }

    /** This block followed by {@code later}, whose ids must continue this block's. */
    ExecutionBlock append(ExecutionBlock later) {
        if (later.firstId != firstId + rows) {
            throw new IllegalArgumentException("block from id " + later.firstId + " does not follow the block of ids "
                    + firstId + ".." + lastId());
        }
        ExecutionBlock joined = new ExecutionBlock(firstId, rows + later.rows, null);
        for (BlockColumn c : BlockColumn.ALL) {
            Object a = column(c), b = later.column(c);
            Object both = c.isText() ? new String[joined.rows] : new long[joined.rows];
            System.arraycopy(a, 0, both, 0, rows);
            System.arraycopy(b, 0, both, rows, later.rows);
            joined.columns[c.ordinal()] = both;
        }
        return joined;
    }

    /**
     * This block with the executions of {@code rows} replaced by the rows of {@code replacements}, in order (the
     * same ids, new content).
     */
    ExecutionBlock replacing(int[] rows, ExecutionBlock replacements) {
        if (rows.length != replacements.rows) {
            throw new IllegalArgumentException(rows.length + " rows to replace by " + replacements.rows);
        }
        ExecutionBlock replaced = new ExecutionBlock(firstId, this.rows, null);
        for (BlockColumn c : BlockColumn.ALL) {
            Object values = column(c);
            Object copy = c.isText() ? ((String[]) values).clone() : ((long[]) values).clone();
            Object from = replacements.column(c);
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(from, i, copy, rows[i], 1);
            }
            replaced.columns[c.ordinal()] = copy;
        }
        return replaced;
    }

    long lastId() {
        return firstId + rows - 1;
    }

    long id(int row) {
        return firstId + row;
    }

    String[] texts(BlockColumn c) {
        return (String[]) column(c);
    }

    long[] numbers(BlockColumn c) {
        return (long[]) column(c);
    }

    /** Whether the execution of {@code row} did not succeed. */
    boolean failed(int row) {
        return !SUCCESS.equals(texts(BlockColumn.OUTCOME)[row]);
    }

    /** The execution of {@code row}, without steps. */
    Execution execution(int row) {
        return execution(row, List.of());
    }

    /** The execution of {@code row} with the given steps. */
    Execution execution(int row, List<Step> steps) {
        String errorKind = texts(BlockColumn.ERROR_KIND)[row];
        return new Execution(texts(BlockColumn.KEY)[row], texts(BlockColumn.AGENT)[row], texts(BlockColumn.TASK)[row],
                instant(numbers(BlockColumn.STARTED)[row]), Duration.ofNanos(numbers(BlockColumn.DURATION)[row] * 1_000),
                Outcome.valueOf(texts(BlockColumn.OUTCOME)[row]), errorKind == null ? null : ErrorKind.parse(errorKind),
                texts(BlockColumn.ERROR_MESSAGE)[row], texts(BlockColumn.MODEL)[row],
                numbers(BlockColumn.INPUT_TOKENS)[row], numbers(BlockColumn.OUTPUT_TOKENS)[row],
                numbers(BlockColumn.COST)[row], (int) numbers(BlockColumn.RETRIES)[row],
                (int) numbers(BlockColumn.ITERATIONS)[row], (int) numbers(BlockColumn.TOOL_CALLS)[row],
                (int) numbers(BlockColumn.TOOL_FAILURES)[row], texts(BlockColumn.USER)[row],
                texts(BlockColumn.SESSION)[row], texts(BlockColumn.SOURCE)[row], texts(BlockColumn.FORMAT)[row], steps,
                steps.size(), texts(BlockColumn.PATTERN)[row]);
    }

    /** The earliest and latest start and the number of failures, which the directory keeps for every block. */
    BlockDirectory.Block summary() {
        long[] started = numbers(BlockColumn.STARTED);
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        int failures = 0;
        for (int i = 0; i < rows; i++) {
            min = Math.min(min, started[i]);
            max = Math.max(max, started[i]);
            failures += failed(i) ? 1 : 0;
        }
        return new BlockDirectory.Block(firstId, rows, min, max, failures);
    }

    private Object column(BlockColumn c) {
        Object values = columns[c.ordinal()];
        if (values == null) {
            values = packed.decode(c, packedRows);
            if (packedRows > rows) {
                values = c.isText() ? Arrays.copyOf((String[]) values, rows) : Arrays.copyOf((long[]) values, rows);
            }
            columns[c.ordinal()] = values;
        }
        return values;
    }

    private String[] text(BlockColumn c, int n) {
        String[] values = new String[n];
        columns[c.ordinal()] = values;
        return values;
    }

    private long[] numbers(BlockColumn c, int n) {
        long[] values = new long[n];
        columns[c.ordinal()] = values;
        return values;
    }

    /** Microseconds since the epoch, saturating far outside the years any log holds. */
    static long micros(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds > Long.MAX_VALUE / 1_000_000 - 1) {
            return Long.MAX_VALUE;
        }
        if (seconds < Long.MIN_VALUE / 1_000_000 + 1) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000 + t.getNano() / 1_000;
    }

    /** The first microsecond at or after {@code t}, for half-open ranges. */
    static long microsFrom(Instant t) {
        long m = micros(t);
        return t.getNano() % 1_000 != 0 && m != Long.MAX_VALUE ? m + 1 : m;
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
