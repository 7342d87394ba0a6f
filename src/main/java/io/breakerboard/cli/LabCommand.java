package io.breakerboard.cli;

import picocli.CommandLine.Command;

/** {@code lab}: the lab's comparisons without a window. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Compare patterns, optimisations and settings on the engine in virtual time "
                + "(see 'lab patterns --help', 'lab cost --help', 'lab breakdown --help', 'lab replay --help', 'lab runs --help').")
final class LabCommand extends CommandGroup {
}
