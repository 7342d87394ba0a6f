package io.breakerboard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Picks the format of a file from its first {@link Sample#MAX_BYTES} bytes: every format sniffs the sample and
 * the highest score wins; on a tie the format listed first wins.
 */
public final class FormatDetector {
    private final Supplier<List<LogFormat>> source;
    private volatile List<LogFormat> formats;

    /** @param formats in the order that breaks ties */
    public FormatDetector(List<LogFormat> formats) {
        this.formats = List.copyOf(formats);
        this.source = null;
    }

    private FormatDetector(Supplier<List<LogFormat>> source) {
        this.source = source;
    }

    /**
     * A detector whose formats are built when a file is first detected, on the thread that detects it. Building
     * them is a third of a second of class loading in a fresh process: a window opens without it, and most
     * windows import nothing in their first seconds.
     *
     * @param formats gives the formats, in the order that breaks ties; asked once
     */
    public static FormatDetector lazy(Supplier<List<LogFormat>> formats) {
        return new FormatDetector(Objects.requireNonNull(formats, "formats"));
    }

    public List<LogFormat> formats() {
        List<LogFormat> built = formats;
        if (built == null) {
            synchronized (this) {
                built = formats;
                if (built == null) {
                    built = List.copyOf(source.get());
                    formats = built;
                }
            }
        }
        return built;
    }

    /**
     * The format of a file.
     *
     * @throws UnsupportedLogException naming the file when it is empty, binary or recognised by no format
     * @throws IOException             when the file cannot be read
     */
    public LogFormat detect(Path file) throws IOException, UnsupportedLogException {
        byte[] head = new byte[Sample.MAX_BYTES];
        int length = 0;
        boolean complete;
        try (InputStream in = Decompression.open(Files.newInputStream(file))) {
            int n;
            while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
                length += n;
            }
            complete = length < head.length || in.read() < 0;
        }
        return detect(Sample.of(file.getFileName().toString(), head, length, complete));
    }

    /**
     * The format of a sample.
     *
     * @throws UnsupportedLogException naming the sample's file when it is empty, binary or recognised by no format
     */
    public LogFormat detect(Sample sample) throws UnsupportedLogException {
        String name = sample.fileName();
        if (sample.binary() && best(sample).isEmpty()) {
            // Binary formats (OTLP protobuf) claim their own samples; any other binary file is refused here.
            throw new UnsupportedLogException("not a log Breakerboard can read: " + name + " looks binary");
        }
        if (sample.text().isBlank()) {
            throw new UnsupportedLogException(name + " is empty: there is nothing to import");
        }
        return best(sample).orElseThrow(() -> new UnsupportedLogException("not a log Breakerboard can read: " + name
                + " — no format recognised it (tried: " + tried() + ")"));
    }

    /** The best-scoring format, empty when none scores above 0. */
    public Optional<LogFormat> best(Sample sample) {
        LogFormat best = null;
        int bestScore = 0;
        for (LogFormat f : formats()) {
            int score;
            try {
                score = f.sniff(sample);
            } catch (RuntimeException e) {
                // A format that cannot make sense of a sample does not claim it; the others still get their turn.
                score = 0;
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private String tried() {
        if (formats().isEmpty()) {
            return "none, no formats are installed";
        }
        return formats().stream().map(LogFormat::displayName).collect(Collectors.joining(", "));
    }
}
