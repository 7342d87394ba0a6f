package io.breakerboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code engine}: the local agent engine without a window; {@code engine run} is its one action. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Run the local simulated agent engine headless (see 'engine run --help').")
final class EngineCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
