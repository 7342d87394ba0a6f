package io.breakerboard.ui.testing;

import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.ingest.ImportProgress;
import io.breakerboard.job.Job;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.service.Imports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Imports into a {@link FakeData} from a tiny line format of its own, one execution per line:
 * <pre>agent,outcome,duration_ms,cost_usd[,error message]</pre>
 * Lines it cannot read are quarantined with a reason; a line imported twice is a duplicate. Followed files are
 * only listed.
 */
public final class FakeImports implements Imports {
    public static final String FORMAT = "fake-lines";

    private final FakeData data;
    private final Clock clock;
    private final Executor jobs;
    private final List<Path> watched = new CopyOnWriteArrayList<>();

    /** Imports run on {@code jobs}: a thread pool in window tests, {@code Runnable::run} in view-model tests. */
    public FakeImports(FakeData data, Clock clock, Executor jobs) {
        this.data = data;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Override
    public Job<List<FileSummary>> importPaths(List<Path> paths, ImportListener listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<List<FileSummary>> result = new CompletableFuture<>();
        jobs.execute(() -> {
            try {
                result.complete(runImport(paths, listener, cancelled));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return new Job<>("Importing " + paths.size() + " items", result, () -> cancelled.set(true));
    }

    private List<FileSummary> runImport(List<Path> paths, ImportListener listener, AtomicBoolean cancelled) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        long bytesTotal = files.stream().mapToLong(FakeImports::size).sum();
        long bytesDone = 0;
        long executionsRead = 0;
        List<FileSummary> summaries = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            if (cancelled.get()) {
                throw new CancellationException("import cancelled");
            }
            Path file = files.get(f);
            long started = System.nanoTime();
            List<String> lines = read(file);
            List<Execution> fresh = new ArrayList<>();
            long read = 0;
            long duplicates = 0;
            long rejected = 0;
            List<String> messages = new ArrayList<>();
            long fileBytes = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                fileBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (line.isBlank()) {
                    continue;
                }
                Optional<String> problem = problem(line);
                if (problem.isPresent()) {
                    rejected++;
                    String message = file + ":" + (i + 1) + ": " + problem.get();
                    if (messages.size() < 5) {
                        messages.add(message);
                    }
                    data.quarantine(List.of(new QuarantinedRecord(file.toString(), i + 1, problem.get(), line)));
                    continue;
                }
                read++;
                Execution e = parse(line, file, i);
                if (data.contains(e.key()) || fresh.stream().anyMatch(x -> x.key().equals(e.key()))) {
                    duplicates++;
                    continue;
                }
                fresh.add(e);
                listener.progress(new ImportProgress(file.toString(), fileBytes, size(file), f, files.size(),
                        bytesDone + fileBytes, bytesTotal, executionsRead + read));
            }
            data.add(fresh);
            bytesDone += size(file);
            executionsRead += read;
            FileSummary summary = new FileSummary(file.toString(), FORMAT, read, read, rejected, duplicates,
                    Duration.ofNanos(System.nanoTime() - started), null, messages);
            summaries.add(summary);
            listener.fileFinished(summary);
        }
        return summaries;
    }

    private static Optional<String> problem(String line) {
        String[] parts = line.split(",", 5);
        if (parts.length < 4) {
            return Optional.of("expected agent,outcome,duration_ms,cost_usd but found " + parts.length + " fields");
        }
        try {
            Outcome.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.of("outcome '" + parts[1] + "' is not SUCCESS, FAILURE or PARTIAL");
        }
        try {
            Long.parseLong(parts[2].strip());
            Money.parseUsd(parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.of("duration or cost is not a number: '" + parts[2] + "', '" + parts[3] + "'");
        }
        return Optional.empty();
    }

    private Execution parse(String line, Path file, int index) {
        String[] parts = line.split(",", 5);
        Outcome outcome = Outcome.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        String error = parts.length > 4 ? parts[4].strip() : null;
        return Execution.builder(ContentKey.of(line))
                .agent(parts[0].strip())
                .startedAt(clock.instant().minusSeconds(60L * (index + 1)))
                .duration(Duration.ofMillis(Long.parseLong(parts[2].strip())))
                .outcome(outcome)
                .errorKind(outcome.isSuccess() ? null : ErrorKind.classify(error))
                .errorMessage(outcome.isSuccess() ? null : error)
                .costMicros(Money.parseUsd(parts[3]))
                .source(file.toString())
                .format(FORMAT)
                .build();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void watch(Path file) {
        if (!watched.contains(file)) {
            watched.add(file);
        }
    }

    @Override
    public void unwatch(Path file) {
        watched.remove(file);
    }

    @Override
    public List<Path> watched() {
        return List.copyOf(watched);
    }

    @Override
    public List<QuarantinedRecord> quarantine(String source, int limit) {
        return data.quarantined(source, limit);
    }
}
