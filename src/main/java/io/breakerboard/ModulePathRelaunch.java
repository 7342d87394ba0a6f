package io.breakerboard;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts the window with JavaFX on the module path, the only configuration JavaFX supports (JDK-8256362). A jar's
 * manifest can name only a class path, so {@code java -jar breakerboard.jar} loads JavaFX from the class path and
 * JavaFX warns "Unsupported JavaFX configuration" on every start. Then this starts the same Java once more, with
 * the JavaFX jars of {@code lib/} on the module path, and passes on its exit code. The runtime image and
 * {@code mvn javafx:run} load JavaFX as modules already and are left alone. The started Java maps the classes of
 * an earlier window run from a class-data-sharing archive, or records one as it exits ({@link ClassDataArchive}).
 */
final class ModulePathRelaunch {
    static final String RELAUNCHED = "breakerboard.relaunched";
    /** The platform jars (javafx-graphics-21.0.11-linux.jar); the jars without a classifier are empty. */
    private static final Pattern FX_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+-[a-z0-9_-]+\\.jar");

    private ModulePathRelaunch() {
    }

    /**
     * The command that starts the window: this Java's options, the window's own ({@link WindowJvmOptions}) that
     * those do not set, the archive's, JavaFX as modules, then the arguments.
     */
    static List<String> command(String java, List<String> jvmArguments, ClassDataArchive archive, List<String> fxJars,
                                Path jar, String[] args) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmArguments);
        command.addAll(WindowJvmOptions.notSetIn(jvmArguments));
        if (archive != null) {
            command.addAll(archive.jvmOptions());
        }
        command.addAll(List.of("-D" + RELAUNCHED + "=true", "--module-path", String.join(File.pathSeparator, fxJars),
                "--add-modules", "javafx.controls,javafx.swing", "-cp", jar.toString(), App.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    // True when this JVM maps the JDK's own archive: only then can the window's JVM record one on top of it.
    private static boolean sharesClasses() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseSharedSpaces").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The exit code of the window started on the module path, or empty if this Java should open it itself. */
    static OptionalInt runIfOnClassPath(String[] args) {
        if (javafx.application.Platform.class.getModule().isNamed() || Boolean.getBoolean(RELAUNCHED)) {
            return OptionalInt.empty();
        }
        try {
            Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = jar.resolveSibling("lib");
            if (!jar.toString().endsWith(".jar") || !Files.isDirectory(lib)) {
                return OptionalInt.empty();
            }
            List<Path> jars;
            try (Stream<Path> files = Files.list(lib)) {
                jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
            List<String> fx = jars.stream().filter(p -> FX_JAR.matcher(p.getFileName().toString()).matches())
                    .map(Path::toString).toList();
            if (fx.isEmpty()) {
                return OptionalInt.empty();
            }
            List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
            ClassDataArchive archive = ClassDataArchive.of(jar, jars, jvmArguments, sharesClasses());
            String java = ProcessHandle.current().info().command().orElse("java");
            Process window = new ProcessBuilder(command(java, jvmArguments, archive, fx, jar, args)).inheritIO().start();
            int exit = window.waitFor();
            if (archive != null) {
                archive.afterExit();
            }
            return OptionalInt.of(exit);
        } catch (IOException | URISyntaxException | SecurityException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }
}
