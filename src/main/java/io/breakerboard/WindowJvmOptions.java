package io.breakerboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the window starts with, from {@code window-jvm-options} beside this class: one list for every
 * way the window starts (see the file for which they are and why each option is there).
 */
final class WindowJvmOptions {
    static final String RESOURCE = "window-jvm-options";

    private WindowJvmOptions() {
    }

    /** Every option of the file, in its order. */
    static List<String> all() {
        try (InputStream in = WindowJvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + WindowJvmOptions.class.getName());
            }
            List<String> options = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
            return List.copyOf(options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The options of the file that {@code jvmArguments} (what the person started Java with) do not set already. */
    static List<String> notSetIn(List<String> jvmArguments) {
        return all().stream().filter(o -> jvmArguments.stream().noneMatch(a -> name(a).equals(name(o)))).toList();
    }

    // "-XX:Tier4CompileThreshold=60000" -> "-XX:Tier4CompileThreshold"; a flag without a value is its own name.
    private static String name(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }
}
