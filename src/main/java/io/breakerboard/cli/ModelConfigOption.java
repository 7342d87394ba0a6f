package io.breakerboard.cli;

import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.llm.ModelSettingsFile;
import io.breakerboard.service.LocalEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --model-config FILE}: the model behind the engine for this run (a real OpenAI-compatible endpoint, or
 * {@code "client": "simulated"}), instead of the data directory's saved choice. Whichever applies, a real
 * model whose key variable is not set stops the command before any traffic, saying what to set.
 */
final class ModelConfigOption {
    @Option(names = "--model-config", paramLabel = "FILE",
            description = "Model settings for this run (JSON like " + ModelSettingsFile.FILE_NAME + " in the data "
                    + "directory, which applies otherwise); the simulated models answer when neither is there.")
    Path file;

    /** Applies the choice to the engine and prints which real model answers, if one does. */
    void apply(LocalEngine engine, CommandLine cl, UnaryOperator<String> env) {
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(cl, "--model-config: no file " + file);
            }
            try {
                engine.useModel(ModelSettingsFile.read(file));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, "--model-config: " + e.getMessage());
            }
        } else if (engine.modelProblem() != null) {
            cl.getErr().println("warning: " + engine.modelProblem());
        }
        Optional<ModelSettings> m = engine.model();
        PrintWriter out = cl.getOut();
        if (m.isEmpty()) {
            return;
        }
        ModelSettings s = m.get();
        if (s.keyEnv() != null && (env.apply(s.keyEnv()) == null || env.apply(s.keyEnv()).isBlank())) {
            throw new ParameterException(cl, "set " + s.keyEnv() + " to the API key of " + s.baseUrl()
                    + " (e.g. export " + s.keyEnv() + "=…); the model settings read the key from it");
        }
        out.println("Model: " + s.baseUrl() + " (strong " + ConsoleText.safe(s.strong().name()) + ", cheap "
                + ConsoleText.safe(s.cheap().name()) + ")");
    }
}
