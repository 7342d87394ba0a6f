package io.breakerboard.cli;

import picocli.CommandLine.Command;

/** {@code engine}: the local agent engine without a window; {@code engine run} is its one action. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Run the local simulated agent engine headless (see 'engine run --help').")
final class EngineCommand extends CommandGroup {
}
