package io.breakerboard.cli;

import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.model.Units;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.UnfinishedExecution;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engine resume KEY...} or {@code engine resume --all}: continues unfinished engine executions from their
 * checkpoints (calls already made are replayed from the journal, not made again) and stores them.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue unfinished engine executions from their checkpoints (see 'engine unfinished').")
final class EngineResumeCommand implements Callable<Integer> {

    static final class Which {
        @Parameters(paramLabel = "KEY", arity = "1..*", description = "Keys of the executions to resume.")
        List<String> keys;

        @Option(names = "--all", required = true, description = "Resume every unfinished execution.")
        boolean all;
    }

    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private EngineTimeOption time;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    @Spec
    private CommandSpec spec;

    EngineResumeCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        EngineClock clock = time.clock(components.clock());
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components, clock)) {
            List<UnfinishedExecution> all = ws.engine().unfinished();
            List<UnfinishedExecution> chosen = which.all ? all : pick(all, which.keys);
            if (chosen.isEmpty()) {
                out.println("No unfinished engine executions.");
                return 0;
            }
            out.printf("Resuming %s on %s%n", Units.count(chosen.size()), time.describe());
            out.flush();
            UnfinishedResumer.resume(ws.engine(), chosen, out);
            out.flush();
        }
        return 0;
    }

    private List<UnfinishedExecution> pick(List<UnfinishedExecution> all, List<String> keys) {
        Map<String, UnfinishedExecution> byKey = all.stream()
                .collect(Collectors.toMap(UnfinishedExecution::key, Function.identity()));
        List<UnfinishedExecution> out = new ArrayList<>();
        for (String k : keys) {
            UnfinishedExecution u = byKey.get(k);
            if (u == null) {
                throw new ParameterException(spec.commandLine(), "no unfinished execution has the key '" + k
                        + "'; 'engine unfinished' lists them");
            }
            out.add(u);
        }
        return out;
    }
}
