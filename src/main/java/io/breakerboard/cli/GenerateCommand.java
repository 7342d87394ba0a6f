package io.breakerboard.cli;

import io.breakerboard.demo.SampleLogGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes deterministic demo logs. {@code generate --out DIR [--seed N]} writes one sample file
 * per log format; {@code generate --canonical FILE --count N [--seed N]} streams N canonical execution lines,
 * e.g. a million for the import benchmark.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write deterministic sample agent logs (the same seed always gives the same files).")
public final class GenerateCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "Folder for one sample file per log format.")
        Path out;

        @Option(names = "--canonical", paramLabel = "FILE", required = true,
                description = "File to stream canonical execution lines into (needs --count).")
        Path canonical;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--count", paramLabel = "N", description = "Executions to write with --canonical.")
    Long count;

    @Option(names = "--no-steps", description = "With --canonical: leave steps and scores out (totals stay), for smaller lines.")
    boolean noSteps;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SampleLogGenerator.DEFAULT_SEED;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (target.canonical != null) {
            if (count == null || count < 0) {
                throw new ParameterException(spec.commandLine(),
                        "--canonical needs --count N with N >= 0, e.g. --canonical bench.jsonl --count 1000000");
            }
            Path file = SampleLogGenerator.writeCanonical(target.canonical, count, seed, !noSteps,
                    n -> {
                        if (n % 100_000 == 0 && n > 0) {
                            out.printf(Locale.ROOT, "%,d executions written%n", n);
                            out.flush();
                        }
                    });
            out.printf(Locale.ROOT, "Wrote %,d executions to %s (%s)%n", count, file, size(file));
            return 0;
        }
        if (count != null || noSteps) {
            throw new ParameterException(spec.commandLine(), "--count and --no-steps only go with --canonical FILE");
        }
        List<Path> files = new SampleLogGenerator(seed).writeSampleLogs(target.out);
        for (Path f : files) {
            out.printf(Locale.ROOT, "%-40s %s%n", f, size(f));
        }
        return 0;
    }

    private static String size(Path f) throws IOException {
        long bytes = Files.size(f);
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
