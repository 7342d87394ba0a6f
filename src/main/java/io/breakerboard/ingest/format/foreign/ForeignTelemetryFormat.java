package io.breakerboard.ingest.format.foreign;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import java.io.IOException;
import java.io.InputStream;

/**
 * Recognises telemetry that is not an agent trace (Jaeger UI JSON, Zipkin v2, OTLP logs and metrics) so that such a
 * file is refused with a message naming what it is and what to export instead, rather than "no format claims it"
 * or a misleading complaint of another format. It never yields an execution.
 */
public final class ForeignTelemetryFormat implements LogFormat {

    @Override
    public String id() {
        return "foreign-telemetry";
    }

    @Override
    public String displayName() {
        return "Telemetry that is not an agent trace";
    }

    @Override
    public int sniff(Sample sample) {
        return ForeignTelemetry.of(sample) != null ? 90 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        Sample head;
        try (InputStream in = source.openStream()) {
            byte[] bytes = in.readNBytes(Sample.MAX_BYTES);
            head = Sample.of(source.name(), bytes, bytes.length, in.read() < 0);
        }
        ForeignTelemetry kind = ForeignTelemetry.of(head);
        String what = kind != null ? kind.what : "telemetry that is not an agent trace";
        String instead = kind != null ? kind.instead : "export OTLP traces instead";
        throw new MalformedLogException(0, "this is " + what + ": not an agent trace; " + instead);
    }
}
