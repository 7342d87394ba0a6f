package io.breakerboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theFirstWindowRunRecordsTheArchiveAndTheNextRunsMapIt() throws IOException {
        Path jar = jar("breakerboard.jar");
        List<Path> lib = List.of(jar("lib/h2.jar"));

        ClassDataArchive first = ClassDataArchive.of(jar, lib, List.of(), true);
        Path recording = recordingOf(first);
        Files.writeString(recording, "archive"); // what the JVM writes as it exits
        first.afterExit();

        assertThat(first.archive()).exists().hasParent(dir);
        assertThat(recording).doesNotExist();
        ClassDataArchive next = ClassDataArchive.of(jar, lib, List.of(), true);
        assertThat(next.jvmOptions()).contains("-XX:SharedArchiveFile=" + first.archive())
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void aRebuiltJarRecordsAFreshArchiveAndTheStaleOneIsRemoved() throws IOException {
        Path jar = jar("breakerboard.jar");
        ClassDataArchive before = record(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        ClassDataArchive after = ClassDataArchive.of(jar, List.of(), List.of(), true);
        assertThat(after.archive()).isNotEqualTo(before.archive());
        Files.writeString(recordingOf(after), "archive");
        after.afterExit();

        assertThat(after.archive()).exists();
        assertThat(before.archive()).doesNotExist();
    }

    @Test
    void aRunThatEndedWithoutRecordingLeavesNothingAndTheNextRunTriesAgain() throws IOException {
        Path jar = jar("breakerboard.jar");
        ClassDataArchive killed = ClassDataArchive.of(jar, List.of(), List.of(), true);
        killed.afterExit();

        assertThat(killed.archive()).doesNotExist();
        assertThat(ClassDataArchive.of(jar, List.of(), List.of(), true).jvmOptions())
                .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void noArchiveWhenTheJvmSharesNoClassesOrThePersonChoseSharingOptions() throws IOException {
        Path jar = jar("breakerboard.jar");

        assertThat(ClassDataArchive.of(jar, List.of(), List.of(), false)).isNull();
        assertThat(ClassDataArchive.of(jar, List.of(), List.of("-Xshare:off"), true)).isNull();
        assertThat(ClassDataArchive.of(jar, List.of(), List.of("-XX:SharedArchiveFile=/opt/app.jsa"), true)).isNull();
    }

    @Test
    void theWindowsJavaGetsTheArchiveOptionsBeforeItsMainClass() throws IOException {
        Path jar = jar("breakerboard.jar");
        ClassDataArchive archive = record(jar);

        List<String> command = ModulePathRelaunch.command("java", List.of("-Xmx1g"), archive, List.of("fx.jar"), jar,
                new String[] {"--data-dir", "d"});

        assertThat(command).containsSubsequence("java", "-Xmx1g", "-XX:SharedArchiveFile=" + archive.archive(),
                "--module-path", "fx.jar", App.class.getName(), "--data-dir", "d");
    }

    // The options really work with this Java: a run records an archive, the next maps it, neither prints a word.
    @Test
    void thisJavaRecordsTheArchiveAndStartsFromItSilently() throws Exception {
        Path jar = jar("breakerboard.jar");
        ClassDataArchive first = ClassDataArchive.of(jar, List.of(), List.of(), true);
        Run recording = java(first.jvmOptions());
        first.afterExit();

        assertThat(recording.exit()).isZero();
        assertThat(recording.output()).doesNotContain("cds").doesNotContain("warning");
        assertThat(first.archive()).exists();
        Run mapped = java(ClassDataArchive.of(jar, List.of(), List.of(), true).jvmOptions());
        assertThat(mapped.exit()).isZero();
        assertThat(mapped.output()).contains("sharing").doesNotContain("cds").doesNotContain("warning");
    }

    private record Run(int exit, String output) {
    }

    private Run java(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private ClassDataArchive record(Path jar) throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar, List.of(), List.of(), true);
        Files.writeString(recordingOf(archive), "archive");
        archive.afterExit();
        return ClassDataArchive.of(jar, List.of(), List.of(), true);
    }

    private static Path recordingOf(ClassDataArchive archive) {
        String option = archive.jvmOptions().stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit="))
                .findFirst().orElseThrow();
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private Path jar(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, name);
        return p;
    }
}
