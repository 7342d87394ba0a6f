package io.breakerboard.demo;

import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.model.Execution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Which of the sample files each execution of the demo run goes to, and its key there. The files draw their
 * executions from one run in bursts of {@value #BURST} consecutive arrivals, at random, so each covers the whole
 * span and holds executions that ran side by side; each file has its own keys.
 */
final class FileShare {
    static final int CANONICAL = 0;
    static final int AUDIT = 1;
    static final int PIPE = 2;
    static final int COST = 3;
    static final int CSV = 4;
    static final int MIXED = 5;
    /** Consecutive arrivals that go to the same file; every file's count is a multiple of it. */
    static final int BURST = 10;

    private static final int[] COUNTS = {SampleLogGenerator.CANONICAL_COUNT, SampleLogGenerator.AUDIT_COUNT,
            SampleLogGenerator.PIPE_COUNT, SampleLogGenerator.COST_COUNT, SampleLogGenerator.CSV_COUNT,
            SampleLogGenerator.MIXED_COUNT};
    /** Executions of the run: as many as the files hold together. */
    static final int TOTAL = java.util.Arrays.stream(COUNTS).sum();

    private final String[] prefixes;
    private final List<Integer> fileOf = new ArrayList<>(TOTAL);
    private final int[] numbered = new int[COUNTS.length];

    FileShare(long seed) {
        prefixes = new String[] {"ex-" + seed + "-", "audit-", "pipe-", "run-" + seed + "-", "exp-" + seed + "-",
                "mixed-" + seed + "-"};
        List<Integer> bursts = new ArrayList<>();
        for (int f = 0; f < COUNTS.length; f++) {
            if (COUNTS[f] % BURST != 0) {
                throw new IllegalStateException("file " + f + " holds " + COUNTS[f] + " executions, not a multiple of "
                        + BURST);
            }
            bursts.addAll(Collections.nCopies(COUNTS[f] / BURST, f));
        }
        Collections.shuffle(bursts, new Random(Seeds.mix(seed, "files")));
        for (int f : bursts) {
            fileOf.addAll(Collections.nCopies(BURST, f));
        }
    }

    /** The key of the run's {@code n}-th arrival (from 1), numbered within its file in arrival order. */
    String key(long n) {
        int f = fileOf.get((int) n - 1);
        return String.format(Locale.ROOT, "%s%07d", prefixes[f], ++numbered[f]);
    }

    /** The executions of the run that go to {@code file}, in the run's order. */
    List<Execution> of(List<Execution> run, int file) {
        return run.stream().filter(e -> e.key().startsWith(prefixes[file])).toList();
    }
}
