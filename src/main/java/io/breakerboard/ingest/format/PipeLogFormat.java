package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.time.Instant;

/**
 * Pipe-delimited agent logs: {@code 2024-10-15 14:23:01 | EVENT | key=value | key="quoted value"} or
 * {@code [14:23:01] EVENT | ...}. An execution runs from {@code AGENT_START} to {@code AGENT_DONE} or
 * {@code AGENT_INCOMPLETE}; one left open at the end of the file is partial ("log ends before AGENT_DONE"), one
 * interrupted by the next {@code AGENT_START} likewise. Unknown events are kept as {@link StepKind#EVENT} steps
 * named after the event. The key hashes the execution's raw lines ({@link io.breakerboard.ingest.ContentKey}).
 *
 * <p>Memory is bounded by {@link #MAX_STEPS}: a run that grows past it without ending is emitted as partial and
 * its later lines continue as a new execution. Detected when most of the first lines have the time shape and a
 * {@code |}.
 */
public final class PipeLogFormat implements LogFormat {
    public static final String ID = "pipe-log";
    static final int MAX_STEPS = 10_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Pipe-delimited agent log";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary() || sample.lines().isEmpty()) {
            return 0;
        }
        int checked = 0, matched = 0;
        for (String line : sample.lines()) {
            if (checked++ == 20) {
                break;
            }
            if (PipeLineParser.looksLikePipeLine(line)) {
                matched++;
            }
        }
        return matched == 0 ? 0 : matched * 2 >= Math.min(checked, 20) ? 90 : 45;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        PipeClock clock = new PipeClock();
        boolean lookedAhead = false;
        PipeRun run = null;
        try (LineReader lines = source.openLines(sink)) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                long no = lines.lineNumber();
                PipeLine pl;
                Step step;
                PipeRun.Ending ending = null;
                try {
                    pl = PipeLineParser.parse(line);
                    if (!pl.dated() && !clock.hasDate() && !lookedAhead) {
                        lookedAhead = true;
                        String first = firstDatedTime(source);
                        if (first != null) {
                            clock.lookAhead(first);
                        }
                    }
                    Instant at = time(clock, pl);
                    step = PipeStepMapper.toStep(pl, at);
                    if (step.kind() == StepKind.AGENT_DONE || step.kind() == StepKind.AGENT_INCOMPLETE) {
                        ending = PipeRun.Ending.of(pl);
                    }
                } catch (RecordProblem e) {
                    sink.reject(no, e.getMessage(), line);
                    continue;
                }
                if (step.kind() == StepKind.AGENT_START) {
                    if (run != null) {
                        sink.execution(run.partial("a new AGENT_START began at line " + no + " before AGENT_DONE"));
                    }
                    String task = pl.field("task");
                    run = new PipeRun(pl.field("agent"), task != null ? task : pl.text(), step.at());
                } else if (run == null) {
                    sink.reject(no, pl.event() + " before any AGENT_START; an execution starts with an AGENT_START line",
                            line);
                    continue;
                }
                run.add(line, step, pl);
                if (ending != null) {
                    sink.execution(run.finish(ending));
                    run = null;
                } else if (run.size() >= MAX_STEPS) {
                    sink.execution(run.partial("more than " + MAX_STEPS + " steps without AGENT_DONE; cut at line " + no
                            + " and continued as a new execution"));
                    run = new PipeRun(run.agent(), run.task(), null);
                }
            }
        }
        if (run != null && run.size() > 0) {
            sink.execution(run.partial("log ends before AGENT_DONE"));
        }
    }

    private static Instant time(PipeClock clock, PipeLine pl) throws RecordProblem {
        if (pl.dated()) {
            return clock.dated(pl.time());
        }
        if (!clock.hasDate()) {
            throw new RecordProblem("time-only line [" + pl.time() + "] but no line of the file carries a date; "
                    + "write full times such as '2024-10-15 14:23:01 | AGENT_START | ...' at least once");
        }
        return clock.timeOnly(pl.time());
    }

    /**
     * The time of the file's first dated line, read ahead once for time-only lines at the top; null when none.
     * It opens the source a second time, so progress counts the lines up to that one twice.
     */
    private static String firstDatedTime(LogSource source) throws IOException {
        try (LineReader lines = source.openLines()) {
            String line;
            while ((line = lines.next()) != null) {
                String s = line.strip();
                if (s.startsWith("[")) {
                    s = s.substring(1);
                }
                if (PipeLineParser.isDated(s, 0)) {
                    int end = 19;
                    while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '|' && s.charAt(end) != ']') {
                        end++;
                    }
                    return s.substring(0, end);
                }
            }
        }
        return null;
    }
}
