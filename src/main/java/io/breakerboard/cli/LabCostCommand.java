package io.breakerboard.cli;

import io.breakerboard.job.Job;
import io.breakerboard.lab.BenchmarkSettings;
import io.breakerboard.lab.CostChange;
import io.breakerboard.lab.CostExperiment;
import io.breakerboard.lab.InvoiceSuite;
import io.breakerboard.lab.LabRun;
import io.breakerboard.service.Components;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lab cost --change model=swift-mini,cache=on}: the same workload before and after optimisations. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Run the same seeded workload with and without optimisations; print Before / After / Change.")
final class LabCostCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--change", required = true, paramLabel = "CHANGES",
            description = "What the After arm changes: model=swift-mini|atlas-pro, cache=on|off (comma separated).")
    private String change;

    @Option(names = "--tasks", paramLabel = "N", description = "Executions per arm (default ${DEFAULT-VALUE}).")
    private int tasks = InvoiceSuite.FULL;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the workload (default ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--agent", paramLabel = "AGENT", description = "Finance agent (default ${DEFAULT-VALUE}).")
    private String agent = BenchmarkSettings.DEFAULT_AGENT;

    @Option(names = "--per-day", paramLabel = "N", description = "Executions a day for the monthly projection "
            + "(default ${DEFAULT-VALUE}).")
    private long perDay = 1_000;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the run to FILE (.csv or .md).")
    private Path export;

    @Spec
    private CommandSpec spec;

    LabCostCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        CostExperiment.Settings settings;
        try {
            settings = new CostExperiment.Settings(tasks, seed, agent, CostChange.parse(change), perDay);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            LabControl lab = ws.lab();
            Job<LabRun> job = lab.compareCost(settings, n -> { });
            LabRun run;
            try {
                run = job.result().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("cost comparison stopped: " + cause.getMessage(), cause);
            }
            LabOutput.print(out, run);
            if (export != null) {
                LabOutput.export(out, lab, run, export);
            }
            return 0;
        }
    }
}
