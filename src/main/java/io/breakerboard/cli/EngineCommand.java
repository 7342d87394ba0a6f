package io.breakerboard.cli;

import picocli.CommandLine.Command;

/** {@code engine}: the local agent engine without a window: {@code run}, {@code unfinished}, {@code resume}. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Run the local simulated agent engine headless (see 'engine run --help'), list executions left"
                + " unfinished and resume them.")
final class EngineCommand extends CommandGroup {
}
