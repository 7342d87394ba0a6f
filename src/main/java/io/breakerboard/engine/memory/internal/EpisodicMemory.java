package io.breakerboard.engine.memory.internal;

import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.memory.EpisodeStore;
import io.breakerboard.engine.sim.Domain;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recalls past episodes similar to a new task by TF-IDF cosine similarity over their terms (task, summary and
 * root cause), one index per domain. No model and no network: term statistics over the remembered episodes only.
 * Keeps the newest {@code capacity} episodes of each domain indexed; the store keeps them all. Thread-safe.
 */
public final class EpisodicMemory {
    private final EpisodeStore store;
    private final Map<Domain, TfIdfIndex> indexes = new EnumMap<>(Domain.class);

    public EpisodicMemory(EpisodeStore store, int capacity) {
        this.store = store;
        for (Domain d : Domain.values()) {
            indexes.put(d, new TfIdfIndex(capacity));
        }
        List<Episode> recent = store.recent(capacity * Domain.values().length);
        for (int i = recent.size() - 1; i >= 0; i--) {
            index(recent.get(i));
        }
    }

    /** Stores and indexes a finished episode. */
    public synchronized void remember(Episode episode) {
        store.save(episode);
        index(episode);
    }

    /**
     * The past episodes of the domain most similar to {@code task}, most similar first.
     *
     * @param minScore similarity below which an episode is not worth recalling
     */
    public synchronized List<Recollection> recall(Domain domain, String task, int limit, double minScore) {
        Map<String, Integer> q = termFrequencies(task);
        TfIdfIndex index = indexes.get(domain);
        if (q.isEmpty() || index.size() == 0) {
            return List.of();
        }
        return index.search(q, limit, minScore);
    }

    /** Episodes indexed, over every domain. */
    public synchronized int size() {
        return indexes.values().stream().mapToInt(TfIdfIndex::size).sum();
    }

    private void index(Episode e) {
        indexes.get(e.domain()).add(e, termFrequencies(e.task() + " " + e.summary() + " "
                + (e.rootCause() == null ? "" : e.rootCause())));
    }

    private static Map<String, Integer> termFrequencies(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : Tokenizer.terms(text)) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }
}
