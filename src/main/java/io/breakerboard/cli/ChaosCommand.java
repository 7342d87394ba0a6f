package io.breakerboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chaos}: chaos experiments without a window; {@code chaos run} is its one action. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Run chaos experiments on the local engine headless (see 'chaos run --help').")
final class ChaosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
