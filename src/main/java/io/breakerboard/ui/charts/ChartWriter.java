package io.breakerboard.ui.charts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread that writes chart data sets. Writes wait for the chart's read lock, which chartfx holds
 * across a layout pulse; on their own thread they never hold up the FX thread or the snapshot refresher.
 * Per chart only the newest pending update runs.
 */
public final class ChartWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChartWriter.class.getName());
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "breakerboard-charts");
        t.setDaemon(true);
        return t;
    });
    private final Map<Object, Runnable> latest = new ConcurrentHashMap<>();

    /** Runs {@code update} on the writer thread, dropping an older one for the same key that has not started. */
    public void submit(Object key, Runnable update) {
        if (latest.put(key, update) == null) {
            thread.execute(() -> {
                Runnable newest = latest.remove(key);
                if (newest == null) {
                    return;
                }
                try {
                    newest.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "A chart update failed; the chart keeps its previous data", e);
                }
            });
        }
    }

    /**
     * Runs {@code then} on the writer thread once every update submitted before this call has run (or was
     * replaced by a newer one that has run).
     */
    public void afterPending(Runnable then) {
        thread.execute(then);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
