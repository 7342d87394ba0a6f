package io.breakerboard.cli;

import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.ReliabilitySettings;
import io.breakerboard.job.Job;
import io.breakerboard.lab.BenchmarkSettings;
import io.breakerboard.lab.InvoiceSuite;
import io.breakerboard.lab.LabRun;
import io.breakerboard.service.Components;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lab patterns}: the pattern benchmark. Runs the invoice suite through the chosen patterns on engine
 * runtimes of its own in virtual time, prints the comparison, stores it in the data directory.
 */
@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "Benchmark the orchestration patterns on a seeded invoice suite with known answers.")
final class LabPatternsCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--tasks", paramLabel = "N", description = "Tasks in the suite (default ${DEFAULT-VALUE}; "
            + InvoiceSuite.DEMO + " for a demonstration).")
    private int tasks = InvoiceSuite.FULL;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the suite and the executions (default ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--model", paramLabel = "MODEL", description = "Model tier of every step: swift-mini or atlas-pro "
            + "(default: the agent's own).")
    private String model;

    @Option(names = "--agent", paramLabel = "AGENT", description = "Finance agent that works the tasks (default ${DEFAULT-VALUE}).")
    private String agent = BenchmarkSettings.DEFAULT_AGENT;

    @Option(names = "--patterns", paramLabel = "P", split = ",", description = "Patterns to compare (default: all five).")
    private List<String> patterns;

    @Option(names = "--tool-attempts", paramLabel = "N", description = "Attempts per tool call, first one included "
            + "(default: the engine's).")
    private Integer toolAttempts;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the run to FILE (.csv or .md).")
    private Path export;

    @Spec
    private CommandSpec spec;

    LabPatternsCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        BenchmarkSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            LabControl lab = ws.lab();
            out.println("Running " + settings.describe());
            out.flush();
            Job<LabRun> job = lab.benchmarkPatterns(settings, n -> { });
            LabRun run;
            try {
                run = job.result().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("pattern benchmark stopped: " + cause.getMessage(), cause);
            }
            LabOutput.print(out, run);
            if (export != null) {
                LabOutput.export(out, lab, run, export);
            }
            return 0;
        }
    }

    private BenchmarkSettings settings() {
        try {
            List<PatternKind> chosen = patterns == null ? List.of(PatternKind.values())
                    : patterns.stream().map(PatternKind::parse).toList();
            BenchmarkSettings s = new BenchmarkSettings(tasks, seed, agent, model, ReliabilitySettings.defaults(), chosen);
            return toolAttempts == null ? s : s.withToolAttempts(toolAttempts);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
