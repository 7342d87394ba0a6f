package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.encoding.Input;
import com.datadoghq.sketch.ddsketch.encoding.Output;
import com.datadoghq.sketch.ddsketch.encoding.VarEncodingHelper;
import io.breakerboard.model.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The bytes of a persisted rollup. Format version {@value #VERSION}, in order:
 * <ol>
 *   <li>the version byte;</li>
 *   <li>executions, successes, failures, retried, recovered (retried executions that succeeded; not in version 1,
 *       whose retried executions count as of unknown outcome); duration sum, min, max (µs); input tokens, output tokens,
 *       cost (µ$); first start as an offset from the minute and last end as an offset from the first start (µs);</li>
 *   <li>failures by error kind: a bit mask over {@link #ERROR_KINDS_V1}, then one count per bit set;</li>
 *   <li>models: their number, then for each its UTF-8 name, executions, input tokens, output tokens, cost;</li>
 *   <li>last, running to the end, the duration sketch in the library's own compact encoding, without its index
 *       mapping, which this version fixes to {@link DurationSketch#MAPPING}.</li>
 * </ol>
 * Numbers are variable-length, so a minute of 30 executions takes about 200 bytes. A new layout, mapping or error
 * kind takes a new version byte; the versions written before stay readable here.
 */
final class RollupCodec {
    static final byte VERSION = 2;
    /** The first version, without the recovered count; still read. */
    static final byte VERSION_1 = 1;

    /** The error kinds version 1 can hold, in bit order. Fixed: a new kind goes into a new version. */
    static final List<String> ERROR_KINDS_V1 = List.of("TIMEOUT", "RATE_LIMIT", "TOOL_ERROR", "PERMISSION_DENIED",
            "MALFORMED_RESPONSE", "VALIDATION", "BUDGET_EXCEEDED", "MAX_ITERATIONS", "LOOP_DETECTED", "MODEL_ERROR",
            "CIRCUIT_OPEN", "CANCELLED", "UNKNOWN");

    private static final ErrorKind[] KIND_OF_BIT = new ErrorKind[ERROR_KINDS_V1.size()];
    private static final int[] BIT_OF_KIND = new int[ErrorKind.values().length];
    private static final int MAX_MODELS = 1 << 16;

    static {
        for (int bit = 0; bit < KIND_OF_BIT.length; bit++) {
            KIND_OF_BIT[bit] = ErrorKind.parse(ERROR_KINDS_V1.get(bit));
        }
        for (ErrorKind kind : ErrorKind.values()) {
            int bit = ERROR_KINDS_V1.indexOf(kind.name());
            BIT_OF_KIND[kind.ordinal()] = bit >= 0 ? bit : ERROR_KINDS_V1.indexOf(ErrorKind.UNKNOWN.name());
        }
    }

    private RollupCodec() {
    }

    static byte[] encode(Rollup rollup) {
        GrowingByteArrayOutput out = GrowingByteArrayOutput.withInitialCapacity(256);
        try {
            out.writeByte(VERSION);
            unsigned(out, rollup.executions);
            unsigned(out, rollup.successes);
            unsigned(out, rollup.failures);
            unsigned(out, rollup.retried);
            unsigned(out, rollup.recovered);
            unsigned(out, rollup.durationSumMicros);
            unsigned(out, rollup.durationMinMicros);
            unsigned(out, rollup.durationMaxMicros);
            signed(out, rollup.inputTokens);
            signed(out, rollup.outputTokens);
            signed(out, rollup.costMicros);
            signed(out, rollup.firstStartMicros - rollup.minute * Micros.PER_MINUTE);
            signed(out, rollup.lastEndMicros - rollup.firstStartMicros);
            encodeErrors(out, rollup);
            encodeModels(out, rollup.models);
            rollup.durations.encode(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a growing byte array cannot fail", e);
        }
        return out.trimmedCopy();
    }

    private static void encodeErrors(Output out, Rollup rollup) throws IOException {
        long[] byBit = new long[KIND_OF_BIT.length];
        long mask = 0;
        for (ErrorKind kind : ErrorKind.values()) {
            long count = rollup.errors(kind);
            if (count > 0) {
                int bit = BIT_OF_KIND[kind.ordinal()];
                byBit[bit] += count;
                mask |= 1L << bit;
            }
        }
        unsigned(out, mask);
        for (int bit = 0; bit < byBit.length; bit++) {
            if (byBit[bit] > 0) {
                unsigned(out, byBit[bit]);
            }
        }
    }

    private static void encodeModels(Output out, ModelTable models) throws IOException {
        unsigned(out, models.size());
        for (int i = 0; i < models.size(); i++) {
            byte[] name = models.name(i).text().getBytes(StandardCharsets.UTF_8);
            unsigned(out, name.length);
            for (byte b : name) {
                out.writeByte(b);
            }
            unsigned(out, models.executions(i));
            signed(out, models.inputTokens(i));
            signed(out, models.outputTokens(i));
            signed(out, models.costMicros(i));
        }
    }

    /**
     * Reads a persisted rollup back.
     *
     * @param agent  the record's agent name, as the rollup should keep it
     * @param models reads the model names
     * @throws IllegalArgumentException naming the agent, the minute and the reason when the bytes are not a
     *                                  rollup this version can read
     */
    static Rollup decode(RollupRecord record, String agent, NameReader models) {
        byte[] state = record.state();
        if (state == null || state.length == 0) {
            throw unreadable(record, "it is empty");
        }
        if (state[0] != VERSION && state[0] != VERSION_1) {
            throw unreadable(record, "it has format version " + state[0] + " and this build reads versions " + VERSION_1 + " to " + VERSION
                    + " (was it written by a newer Breakerboard?)");
        }
        Rollup rollup;
        try {
            ByteCursor in = new ByteCursor(state, 1);
            long executions = unsigned(in);
            long successes = unsigned(in);
            long failures = unsigned(in);
            long retried = unsigned(in);
            boolean knowsRecovery = state[0] != VERSION_1;
            long recovered = knowsRecovery ? unsigned(in) : 0;
            long durationSum = unsigned(in);
            long durationMin = unsigned(in);
            long durationMax = unsigned(in);
            long inputTokens = signed(in);
            long outputTokens = signed(in);
            long cost = signed(in);
            long firstStart = record.minute() * Micros.PER_MINUTE + signed(in);
            long lastEnd = firstStart + signed(in);
            long[] errors = decodeErrors(in);
            ModelTable modelTable = decodeModels(in, models);
            DDSketch durations = DDSketch.decode(in, SortedArrayStore::new, DurationSketch.MAPPING);
            rollup = new Rollup(agent, record.minute(), modelTable, durations);
            rollup.executions = executions;
            rollup.successes = successes;
            rollup.failures = failures;
            rollup.retried = retried;
            rollup.recovered = recovered;
            rollup.recoveryBase = knowsRecovery ? retried : 0;
            rollup.durationSumMicros = durationSum;
            rollup.durationMinMicros = durationMin;
            rollup.durationMaxMicros = durationMax;
            rollup.inputTokens = inputTokens;
            rollup.outputTokens = outputTokens;
            rollup.costMicros = cost;
            rollup.firstStartMicros = firstStart;
            rollup.lastEndMicros = lastEnd;
            rollup.errors = errors;
        } catch (IOException | RuntimeException e) {
            throw unreadable(record, "its bytes are damaged (" + e + ")");
        }
        // No executions is a minute emptied when its only execution was replaced by a version in another minute.
        if (Math.round(rollup.durations.getCount()) != rollup.executions
                || rollup.successes + rollup.failures != rollup.executions
                || rollup.recovered > Math.min(rollup.retried, rollup.successes)) {
            throw unreadable(record, "its counts disagree (" + rollup.executions + " executions, "
                    + rollup.successes + " successes, " + rollup.failures + " failures, " + rollup.recovered
                    + " recovered of " + rollup.retried + " retried, "
                    + Math.round(rollup.durations.getCount()) + " durations)");
        }
        return rollup;
    }

    private static long[] decodeErrors(Input in) throws IOException {
        long mask = unsigned(in);
        if (mask == 0) {
            return null;
        }
        if (mask >>> KIND_OF_BIT.length != 0) {
            throw new IOException("error kinds beyond version " + VERSION + " (mask " + Long.toBinaryString(mask) + ")");
        }
        long[] errors = new long[Rollup.ERROR_KINDS];
        for (int bit = 0; bit < KIND_OF_BIT.length; bit++) {
            if ((mask & (1L << bit)) != 0) {
                errors[KIND_OF_BIT[bit].ordinal()] += unsigned(in);
            }
        }
        return errors;
    }

    private static ModelTable decodeModels(ByteCursor in, NameReader names) throws IOException {
        long count = unsigned(in);
        if (count < 0 || count > MAX_MODELS) {
            throw new IOException(count + " models");
        }
        ModelTable models = new ModelTable((int) count);
        for (long i = 0; i < count; i++) {
            models.add(names.read(in), unsigned(in), signed(in), signed(in), signed(in));
        }
        return models;
    }

    private static IllegalArgumentException unreadable(RollupRecord record, String reason) {
        return new IllegalArgumentException("cannot read the stored rollup of agent '" + record.agent() + "' for the minute "
                + Instant.ofEpochSecond(record.minute() * 60) + ": " + reason
                + ". Delete the stored rollups to rebuild them from the stored executions.");
    }

    private static void unsigned(Output out, long value) throws IOException {
        VarEncodingHelper.encodeUnsignedVarLong(out, value);
    }

    private static void signed(Output out, long value) throws IOException {
        VarEncodingHelper.encodeSignedVarLong(out, value);
    }

    private static long unsigned(Input in) throws IOException {
        return VarEncodingHelper.decodeUnsignedVarLong(in);
    }

    private static long signed(Input in) throws IOException {
        return VarEncodingHelper.decodeSignedVarLong(in);
    }
}
