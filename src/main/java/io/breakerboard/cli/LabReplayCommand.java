package io.breakerboard.cli;

import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.ReplayScenario;
import io.breakerboard.service.Components;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.service.ReplaySelection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lab replay --fault tool-down=get_pod_logs}: recorded traffic replayed under another scenario. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay recorded executions' model and tool calls through the engine's reliability wrappers "
                + "under a scenario; print Recorded / Replayed / Change and the executions saved and lost.")
final class LabReplayCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private FilterOptions filter;

    @Option(names = "--key", paramLabel = "KEY", description = "Only this execution; repeat for several.")
    private List<String> keys = new ArrayList<>();

    @Option(names = "--recent", paramLabel = "N", description = "Newest executions to take (default ${DEFAULT-VALUE}).")
    private int recent = ReplaySelection.DEFAULT_LIMIT;

    @Option(names = "--fault", paramLabel = "KIND=NAME[@PCT]",
            description = "A chaos fault over the whole replay, e.g. tool-down=get_pod_logs, error-rate=all@25.")
    private String fault;

    @Option(names = "--retries", paramLabel = "N",
            description = "Attempts per call, the first included, with the engine's backoff (default: as recorded).")
    private Integer attempts;

    @Option(names = "--timeout", paramLabel = "D", description = "Time limit of a tool attempt, e.g. 5s (default: none).")
    private String timeout;

    @Option(names = "--breaker", paramLabel = "RATE/WINDOW/WAIT",
            description = "Breaker of every tool and model, e.g. 50/10/30s, or engine (default: none).")
    private String breaker;

    @Option(names = "--budget", paramLabel = "USD", description = "Most one execution may spend (default: no limit).")
    private String budget;

    @Option(names = "--cache", paramLabel = "on|off", description = "Tool-result cache (default: ${DEFAULT-VALUE}).")
    private String cache = "off";

    @Option(names = "--seed", paramLabel = "S", description = "Seed of fault hits and backoff (default ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the run to FILE (.csv or .md).")
    private Path export;

    @Spec
    private CommandSpec spec;

    LabReplayCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        ReplayScenario scenario;
        ReplaySelection selection;
        try {
            scenario = scenario();
            selection = new ReplaySelection(filter.filter(Clock.systemUTC()), keys, recent);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            LabControl lab = ws.lab();
            LabRun run;
            try {
                run = lab.replay(selection, scenario, n -> { }).result().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("replay stopped: " + cause.getMessage(), cause);
            }
            LabOutput.print(out, run);
            for (String list : List.of(LabItem.SAVED, LabItem.LOST, LabItem.NOT_REPLAYABLE)) {
                List<LabItem> items = run.items(list);
                if (!items.isEmpty()) {
                    out.println(list.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + list.substring(1) + " ("
                            + items.size() + "):");
                    items.forEach(i -> out.println("  " + ConsoleText.safe(i.executionKey()) + " ("
                            + ConsoleText.safe(i.agent()) + "): " + ConsoleText.safe(i.detail())));
                }
            }
            out.flush();
            if (export != null) {
                LabOutput.export(out, lab, run, export);
            }
            return 0;
        }
    }

    private ReplayScenario scenario() {
        boolean on = switch (cache.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--cache " + cache + ": use on or off");
        };
        return ReplayScenario.parse(seed, fault, attempts, timeout, breaker, budget, on);
    }
}
