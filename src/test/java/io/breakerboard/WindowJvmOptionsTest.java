package io.breakerboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WindowJvmOptionsTest {

    @Test
    void theWindowStartedByJavaJarGetsTheWindowsOptions() {
        List<String> options = WindowJvmOptions.all();

        List<String> command = ModulePathRelaunch.command("java", List.of("-Xmx1g"), null, List.of("fx.jar"),
                Path.of("breakerboard.jar"), new String[] {});

        assertThat(options).isNotEmpty().allMatch(o -> o.startsWith("-"));
        assertThat(command).containsAll(options);
        assertThat(command.indexOf(options.get(0))).isLessThan(command.indexOf(App.class.getName()));
    }

    @Test
    void anOptionThePersonGaveWins() {
        String mine = "-XX:Tier4CompileThreshold=1000";

        List<String> command = ModulePathRelaunch.command("java", List.of(mine), null, List.of("fx.jar"),
                Path.of("breakerboard.jar"), new String[] {});

        assertThat(command).contains(mine).noneMatch(o -> o.startsWith("-XX:Tier4CompileThreshold=") && !o.equals(mine));
    }

    // An option this Java does not know would keep the window from starting at all.
    @Test
    void thisJavaAcceptsEveryOptionWithoutAWord() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(WindowJvmOptions.all());
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.toLowerCase(java.util.Locale.ROOT)).doesNotContain("warning").doesNotContain("unrecognized");
    }

    // mvn javafx:run (the README's way to run the window) cannot read the list, so pom.xml repeats it.
    @Test
    void mvnJavafxRunStartsTheWindowWithTheSameOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        List<String> listed = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option>([^<]+)</option>").matcher(plugin);
        while (m.find()) {
            listed.add(m.group(1).strip());
        }

        assertThat(listed).containsExactlyElementsOf(WindowJvmOptions.all());
    }

    @Test
    void theRuntimeImageAndTheLaunchBenchmarkReadTheSameList() throws Exception {
        String file = "src/main/resources/io/breakerboard/" + WindowJvmOptions.RESOURCE;

        assertThat(Files.readString(Path.of("jlink.sh"))).contains(file).contains("@@WINDOW_JVM_OPTIONS@@");
        assertThat(Files.readString(Path.of("bench/dashboard.sh"))).contains(file);
    }
}
