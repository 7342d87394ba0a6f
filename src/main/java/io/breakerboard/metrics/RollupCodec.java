package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.encoding.Input;
import com.datadoghq.sketch.ddsketch.encoding.Output;
import com.datadoghq.sketch.ddsketch.encoding.VarEncodingHelper;
import io.breakerboard.model.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes of a persisted rollup. Format version {@value #VERSION}, in order: the version byte; executions,
 * successes, failures, retried; duration sum, min, max (µs); input and output tokens and cost (µ$); first start
 * and last end as offsets (µs) from the minute and from the first start; failures by error kind (count, then
 * name and count each, by name so that reordering the enum changes nothing); models (count, then name,
 * executions, input tokens, output tokens, cost each); and last, running to the end, the duration sketch in the
 * library's own compact encoding without its index mapping, which this version fixes to
 * {@link DurationSketch#MAPPING}. Numbers are variable-length, so a typical minute takes well under 200 bytes.
 *
 * <p>A new layout or a new sketch mapping takes a new version byte; old versions stay readable here.
 */
final class RollupCodec {
    static final byte VERSION = 1;
    private static final int MAX_MODELS = 1 << 16;
    private static final Map<String, ErrorKind> KINDS = new HashMap<>();

    static {
        for (ErrorKind kind : ErrorKind.values()) {
            KINDS.put(kind.name(), kind);
        }
    }

    private RollupCodec() {
    }

    static byte[] encode(Rollup rollup) {
        GrowingByteArrayOutput out = GrowingByteArrayOutput.withInitialCapacity(128);
        try {
            out.writeByte(VERSION);
            unsigned(out, rollup.executions);
            unsigned(out, rollup.successes);
            unsigned(out, rollup.failures);
            unsigned(out, rollup.retried);
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
        int kinds = 0;
        for (ErrorKind kind : ErrorKind.values()) {
            if (rollup.errors(kind) > 0) {
                kinds++;
            }
        }
        unsigned(out, kinds);
        for (ErrorKind kind : ErrorKind.values()) {
            if (rollup.errors(kind) > 0) {
                string(out, kind.name());
                unsigned(out, rollup.errors(kind));
            }
        }
    }

    private static void encodeModels(Output out, ModelTable models) throws IOException {
        unsigned(out, models.size());
        for (int i = 0; i < models.size(); i++) {
            string(out, models.name(i));
            unsigned(out, models.executions(i));
            signed(out, models.inputTokens(i));
            signed(out, models.outputTokens(i));
            signed(out, models.costMicros(i));
        }
    }

    /**
     * Reads a persisted rollup back.
     *
     * @throws IllegalArgumentException naming the agent, the minute and the reason when the bytes are not a
     *                                  rollup this version can read
     */
    static Rollup decode(RollupRecord record, NameReader names) {
        byte[] state = record.state();
        if (state == null || state.length == 0) {
            throw unreadable(record, "it is empty");
        }
        if (state[0] != VERSION) {
            throw unreadable(record, "it has format version " + state[0] + " and this build reads version " + VERSION
                    + " (was it written by a newer Breakerboard?)");
        }
        Rollup rollup;
        try {
            Input in = ByteArrayInput.wrap(state, 1, state.length - 1);
            long executions = unsigned(in);
            long successes = unsigned(in);
            long failures = unsigned(in);
            long retried = unsigned(in);
            long durationSum = unsigned(in);
            long durationMin = unsigned(in);
            long durationMax = unsigned(in);
            long inputTokens = signed(in);
            long outputTokens = signed(in);
            long cost = signed(in);
            long firstStart = record.minute() * Micros.PER_MINUTE + signed(in);
            long lastEnd = firstStart + signed(in);
            long[] errors = decodeErrors(in, names);
            ModelTable models = decodeModels(in, names);
            DDSketch durations = DDSketch.decode(in, SortedArrayStore::new, DurationSketch.MAPPING);
            rollup = new Rollup(names.canonical(record.agent()), record.minute(), models, durations);
            rollup.executions = executions;
            rollup.successes = successes;
            rollup.failures = failures;
            rollup.retried = retried;
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
        if (rollup.executions == 0 || Math.round(rollup.durations.getCount()) != rollup.executions
                || rollup.successes + rollup.failures != rollup.executions) {
            throw unreadable(record, "its counts disagree (" + rollup.executions + " executions, "
                    + rollup.successes + " successes, " + rollup.failures + " failures, "
                    + Math.round(rollup.durations.getCount()) + " durations)");
        }
        return rollup;
    }

    private static long[] decodeErrors(Input in, NameReader names) throws IOException {
        long kinds = unsigned(in);
        long[] errors = kinds == 0 ? null : new long[Rollup.ERROR_KINDS];
        for (long i = 0; i < kinds; i++) {
            String name = names.read(in);
            ErrorKind kind = KINDS.getOrDefault(name, null);
            if (kind == null) {
                kind = ErrorKind.parse(name);
            }
            errors[(kind == null ? ErrorKind.UNKNOWN : kind).ordinal()] += unsigned(in);
        }
        return errors;
    }

    private static ModelTable decodeModels(Input in, NameReader names) throws IOException {
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

    private static void string(Output out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        unsigned(out, bytes.length);
        for (byte b : bytes) {
            out.writeByte(b);
        }
    }

    private static long unsigned(Input in) throws IOException {
        return VarEncodingHelper.decodeUnsignedVarLong(in);
    }

    private static long signed(Input in) throws IOException {
        return VarEncodingHelper.decodeSignedVarLong(in);
    }

}
