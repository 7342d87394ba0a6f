package io.breakerboard.lab;

import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.sim.TaskCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * A financial task suite: invoices to approve or reject, each with its known answer, generated from a seed. The
 * same seed and size give the same tasks; a larger suite starts with the tasks of a smaller one.
 */
public final class InvoiceSuite {
    /** The size of the published benchmark the suite follows. */
    public static final int FULL = 300;
    /** A quick run for a demonstration. */
    public static final int DEMO = 50;
    public static final int MAX = 5_000;

    private InvoiceSuite() {
    }

    /** One task of the suite and the decision a correct answer makes. */
    public record SuiteTask(int index, Task task, Verdict truth) {
    }

    /** @throws IllegalArgumentException when the size is outside 1..{@value #MAX} */
    public static List<SuiteTask> generate(long seed, int size) {
        if (size < 1 || size > MAX) {
            throw new IllegalArgumentException("the task suite needs 1 to " + MAX + " tasks, got " + size);
        }
        List<SuiteTask> tasks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Task t = TaskCatalog.generate(Domain.FINANCE, Seeds.mix(seed, i));
            tasks.add(new SuiteTask(i, t, Verdict.truthOf(t)));
        }
        return tasks;
    }
}
