package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.demo.SampleLogGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesTheSampleFolder(@TempDir Path dir) {
        Run r = run("--out", dir.toString(), "--seed", "3");

        assertThat(r.exit()).isZero();
        assertThat(dir.resolve(SampleLogGenerator.CANONICAL)).exists();
        assertThat(dir.resolve(SampleLogGenerator.MIXED)).exists();
        assertThat(r.out()).contains(SampleLogGenerator.PIPE).contains("KB");
    }

    @Test
    void streamsCanonicalLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.jsonl");

        Run r = run("--canonical", file.toString(), "--count", "120", "--no-steps");

        assertThat(r.exit()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(120);
        assertThat(r.out()).contains("Wrote 120 executions");
    }

    @Test
    void explainsMisuse(@TempDir Path dir) {
        Run noCount = run("--canonical", dir.resolve("x.jsonl").toString());
        Run both = run("--out", dir.toString(), "--canonical", "x.jsonl");
        Run countWithOut = run("--out", dir.toString(), "--count", "5");

        assertThat(noCount.exit()).isEqualTo(2);
        assertThat(noCount.err()).contains("--canonical needs --count N");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(countWithOut.exit()).isEqualTo(2);
        assertThat(countWithOut.err()).contains("only go with --canonical");
    }
}
