package io.breakerboard.cli;

import picocli.CommandLine.Command;

/** {@code chaos}: chaos experiments without a window; {@code chaos run} is its one action. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Run chaos experiments on the local engine headless (see 'chaos run --help').")
final class ChaosCommand extends CommandGroup {
}
