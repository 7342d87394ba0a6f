package io.breakerboard.engine.memory;

import io.breakerboard.engine.sim.Domain;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recalls past episodes similar to a new task by TF-IDF cosine similarity over their terms (task, summary and
 * root cause). No model and no network: term statistics over the remembered episodes only. Keeps the newest
 * {@code capacity} episodes indexed; the store keeps them all. Thread-safe.
 */
public final class EpisodicMemory {
    private final EpisodeStore store;
    private final int capacity;
    private final Deque<Doc> docs = new ArrayDeque<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    private record Doc(Episode episode, Map<String, Integer> tf) {
    }

    public EpisodicMemory(EpisodeStore store, int capacity) {
        this.store = store;
        this.capacity = capacity;
        List<Episode> recent = store.recent(capacity);
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
     * The past episodes of the domain most similar to {@code task}.
     *
     * @param minScore similarity below which an episode is not worth recalling
     */
    public synchronized List<Recollection> recall(Domain domain, String task, int limit, double minScore) {
        Map<String, Integer> q = termFrequencies(task);
        int n = docs.size();
        if (q.isEmpty() || n == 0) {
            return List.of();
        }
        Map<String, Double> qv = new HashMap<>();
        double qNorm = 0;
        for (Map.Entry<String, Integer> e : q.entrySet()) {
            double w = e.getValue() * idf(e.getKey(), n);
            qv.put(e.getKey(), w);
            qNorm += w * w;
        }
        List<Recollection> hits = new ArrayList<>();
        for (Doc d : docs) {
            if (d.episode().domain() != domain) {
                continue;
            }
            double dot = 0;
            double dNorm = 0;
            for (Map.Entry<String, Integer> e : d.tf().entrySet()) {
                double w = e.getValue() * idf(e.getKey(), n);
                dNorm += w * w;
                Double qw = qv.get(e.getKey());
                if (qw != null) {
                    dot += w * qw;
                }
            }
            double score = dot == 0 ? 0 : dot / Math.sqrt(qNorm * dNorm);
            if (score >= minScore) {
                hits.add(new Recollection(d.episode(), score, matchedTerms(d, qv, n)));
            }
        }
        hits.sort(Comparator.comparingDouble(Recollection::score).reversed()
                .thenComparing(r -> r.episode().executionKey()));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private List<String> matchedTerms(Doc d, Map<String, Double> qv, int n) {
        List<Map.Entry<String, Double>> shared = new ArrayList<>();
        for (Map.Entry<String, Integer> e : d.tf().entrySet()) {
            Double qw = qv.get(e.getKey());
            if (qw != null) {
                shared.add(Map.entry(e.getKey(), e.getValue() * idf(e.getKey(), n) * qw));
            }
        }
        shared.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < Math.min(5, shared.size()); i++) {
            terms.add(shared.get(i).getKey());
        }
        return List.copyOf(terms);
    }

    public synchronized int size() {
        return docs.size();
    }

    private double idf(String term, int n) {
        return Math.log((n + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    private void index(Episode e) {
        Doc d = new Doc(e, termFrequencies(e.task() + " " + e.summary() + " " + (e.rootCause() == null ? "" : e.rootCause())));
        docs.addFirst(d);
        d.tf().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        if (docs.size() > capacity) {
            Doc old = docs.removeLast();
            old.tf().keySet().forEach(t -> documentFrequency.computeIfPresent(t, (k, v) -> v > 1 ? v - 1 : null));
        }
    }

    private static Map<String, Integer> termFrequencies(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : Tokenizer.terms(text)) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }
}
