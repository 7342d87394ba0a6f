package io.breakerboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.cli.Cli;
import io.breakerboard.testsupport.TestComponents;
import org.junit.jupiter.api.Test;

class AppCommandLineTest {
    @Test
    void everyCommandOfTheCommandLineIsRunHeadlessNotTakenForTheWindow() {
        assertThat(App.COMMAND_LINE).containsAll(Cli.commandLine(TestComponents.standard()).getSubcommands().keySet());
    }
}
