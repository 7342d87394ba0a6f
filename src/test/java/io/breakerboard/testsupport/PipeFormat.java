package io.breakerboard.testsupport;

import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A tiny line format for tests: {@code exec|key|agent|epochMillis|durationMillis|OUTCOME|costMicros[|KIND:name;KIND:name]}.
 * Any other line is rejected with a reason.
 */
public class PipeFormat implements LogFormat {
    @Override
    public String id() {
        return "pipe";
    }

    @Override
    public String displayName() {
        return "pipe test lines";
    }

    @Override
    public int sniff(Sample sample) {
        return sample.firstLine().startsWith("exec|") ? 90 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        try (LineReader lines = source.openLines()) {
            for (String line; (line = lines.next()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.execution(read(line));
                } catch (IllegalArgumentException e) {
                    sink.reject(lines.lineNumber(), e.getMessage(), line);
                }
            }
        }
    }

    private static Execution read(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length < 7 || !f[0].equals("exec")) {
            throw new IllegalArgumentException("expected 7 fields starting with 'exec', found " + f.length);
        }
        Instant start;
        try {
            start = Instant.ofEpochMilli(Long.parseLong(f[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("start '" + f[3] + "' is not epoch milliseconds");
        }
        Execution.Builder b = Execution.builder(f[1]).agent(f[2]).startedAt(start)
                .duration(Duration.ofMillis(Long.parseLong(f[4]))).outcome(Outcome.valueOf(f[5]))
                .costMicros(Long.parseLong(f[6]));
        if (f.length > 7 && !f[7].isEmpty()) {
            for (String s : f[7].split(";")) {
                String[] kn = s.split(":", 2);
                b.addStep(Step.builder(StepKind.parse(kn[0])).name(kn.length > 1 ? kn[1] : null).at(start)
                        .attributes(Map.of("raw", s)).build());
            }
        }
        return b.build();
    }

    /** One line of this format. */
    public static String line(String key, String agent, long epochMillis, long durationMillis, Outcome outcome, long costMicros) {
        return "exec|" + key + "|" + agent + "|" + epochMillis + "|" + durationMillis + "|" + outcome + "|" + costMicros;
    }
}
