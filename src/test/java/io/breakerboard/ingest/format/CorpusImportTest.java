package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.claude.ClaudeCodeFormat;
import io.breakerboard.model.Execution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Imports every file of the shared corpus of real trace and session files, when it is beside the project
 * ({@code ../shared/corpus}, as in CI; {@code -Dbreakerboard.corpus=DIR} points elsewhere). Skipped when absent.
 */
class CorpusImportTest {
    private static final Map<String, String> FORMAT_BY_FOLDER = Map.ofEntries(Map.entry("otlp", "otlp-json"),
            Map.entry("jaeger", "otlp-json"), Map.entry("tempo", "otlp-json"), Map.entry("langfuse", "langfuse"),
            Map.entry("langsmith", "langsmith"), Map.entry("atif", "atif"), Map.entry("claude-code", "claude-code"),
            Map.entry("codex", "codex"), Map.entry("any-agent", "span-dump"), Map.entry("openinference", "span-dump"),
            Map.entry("gemini-cli", "gemini-cli"), Map.entry("opencode", "opencode"));

    /**
     * Files that are read but hold nothing to import, with the words the reason must carry. Jaeger's api_v3
     * FindTraces golden snapshot is a handler test's output whose only span has no timestamps at all: the document
     * is recognised and unwrapped, and the span is refused for its missing start time, not the file for its shape.
     * The 2023 grpc-gateway snapshot's only span starts at 11651379494838206464 ns (unsigned), the year 2339:
     * outside the accepted times, so it is refused naming the field rather than wrapped or clamped.
     */
    private static final Map<String, String> REFUSED = Map.of("jaeger/apiv3-FindTraces.json", "startTimeUnixNano",
            "jaeger/apiv3-grpc-gateway-FindTraces-2023.json", "startTimeUnixNano");

    private static Path corpus() {
        String dir = System.getProperty("breakerboard.corpus");
        return dir != null ? Path.of(dir) : Path.of("..", "shared", "corpus");
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileIsDetectedAndYieldsAnExecution() throws IOException {
        Path dir = corpus();
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), () -> {
            LogFormat format = Parsed.detect(Formats.all(), head(file));
            assertThat(format).as("a format claims " + file).isNotNull();
            String folder = dir.relativize(file).getName(0).toString();
            if (FORMAT_BY_FOLDER.containsKey(folder)) {
                assertThat(format.id()).isEqualTo(FORMAT_BY_FOLDER.get(folder));
            }
            Parsed parsed = Parsed.parse(format, LogSource.of(file, () -> false));
            String refused = REFUSED.get(dir.relativize(file).toString().replace('\\', '/'));
            if (refused != null) {
                assertThat(parsed.executions()).as("executions from " + file).isEmpty();
                assertThat(parsed.rejects()).extracting(Parsed.Reject::reason).isNotEmpty()
                        .allSatisfy(reason -> assertThat(reason).contains(refused));
                return;
            }
            assertThat(parsed.executions()).as("executions from " + file).isNotEmpty();
            assertThat(parsed.executions()).allSatisfy(e -> assertThat(e.key()).startsWith(format.id()
                    .equals("otlp-json") ? "otlp:" : format.id() + ":"));
        }));
    }

    @Test
    void theDeliberatelyCutClaudeCodeLineIsRejectedAndTheSessionStillImports() throws IOException {
        Path file = corpus().resolve("claude-code/00000000-0000-4000-8000-000000000001.jsonl");
        assumeTrue(Files.isRegularFile(file), "no corpus file " + file);

        Parsed parsed = Parsed.parse(new ClaudeCodeFormat(), LogSource.of(file, () -> false));

        Execution e = parsed.only();
        assertThat(e.key()).isEqualTo("claude-code:00000000-0000-4000-8000-000000000001");
        assertThat(parsed.rejects()).extracting(Parsed.Reject::line).contains(52L);
        assertThat(e.steps()).isNotEmpty();
    }

    private static Sample head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(Sample.MAX_BYTES);
            return Sample.of(file.getFileName().toString(), head, head.length, in.read() < 0);
        }
    }
}
