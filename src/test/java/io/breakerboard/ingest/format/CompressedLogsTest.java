package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.airlift.compress.zstd.ZstdOutputStream;
import io.breakerboard.ingest.FormatDetector;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.model.Execution;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compressed files of any format are detected and read as their plain content. */
class CompressedLogsTest {
    @TempDir
    Path dir;

    @Test
    void aGzippedOtlpJsonExportIsDetectedAndImported() throws Exception {
        Path file = write("trace.json.gz", gzip(Parsed.text("otlp/agent-trace.json").getBytes(StandardCharsets.UTF_8)));

        Parsed parsed = importFile(file, "otlp-json");

        assertThat(parsed.keys()).contains("otlp:0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void aZstdCompressedSessionOfAnotherFormatIsDetectedAndImported() throws Exception {
        Path file = write("session.json.zst", zstd(Parsed.text("gemini-cli/session.json").getBytes(StandardCharsets.UTF_8)));

        Execution e = importFile(file, "gemini-cli").only();

        assertThat(e.inputTokens()).isEqualTo(2105);
    }

    @Test
    void theCollectorsZstdFramesOfJsonAreReadOneAfterAnother() throws Exception {
        String[] lines = Parsed.text("otlp/collector-lines.jsonl").strip().split("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        for (String line : lines) {
            byte[] frame = zstd(line.getBytes(StandardCharsets.UTF_8));
            data.writeInt(frame.length);
            data.write(frame);
        }
        Path file = write("traces", out.toByteArray());

        Parsed plain = Parsed.fixture(new OtlpJsonFormat(), "otlp/collector-lines.jsonl");
        Parsed parsed = importFile(file, "otlp-json");

        assertThat(parsed.keys()).containsExactlyInAnyOrderElementsOf(plain.keys());
    }

    @Test
    void theCollectorsZstdFramesOfProtobufAreReadAsOneTrace() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        for (var message : new io.opentelemetry.proto.trace.v1.TracesData[] {OtlpProtoFormatTest.calls(),
                OtlpProtoFormatTest.agent()}) {
            byte[] frame = zstd(message.toByteArray());
            data.writeInt(frame.length);
            data.write(frame);
        }
        Path file = write("traces.zst", out.toByteArray());

        Execution e = importFile(file, "otlp-proto").only();

        assertThat(e.key()).isEqualTo("otlp:" + OtlpProtoFormatTest.TRACE);
        assertThat(e.agent()).isEqualTo("triage-agent");
        assertThat(e.steps()).hasSize(2);
    }

    private Parsed importFile(Path file, String expectedFormat) throws Exception {
        LogFormat format = new FormatDetector(Formats.all()).detect(file);
        assertThat(format.id()).isEqualTo(expectedFormat);
        return Parsed.parse(format, LogSource.of(file, () -> false));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] zstd(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new ZstdOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }
}
