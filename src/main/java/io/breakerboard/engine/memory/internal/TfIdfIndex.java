package io.breakerboard.engine.memory.internal;

import io.breakerboard.engine.memory.Episode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index of episodes for TF-IDF cosine similarity, holding the newest {@code capacity} documents.
 * A query scores only the documents sharing a distinctive term with it (one found in at most half of the
 * documents); terms common to most documents still count in the score but do not make a document a candidate. Document norms use the term statistics of the
 * last refresh (every {@link #REFRESH_EVERY} additions), which keeps an addition cheap; scores stay
 * deterministic. Not thread-safe: {@link EpisodicMemory} serialises access.
 */
final class TfIdfIndex {
    static final int REFRESH_EVERY = 32;
    /** Below this many documents every shared term makes a candidate. */
    static final int SMALL = 16;

    private final int capacity;
    private final ArrayDeque<Doc> docs = new ArrayDeque<>();
    private final Map<String, ArrayDeque<Doc>> postings = new HashMap<>();
    private int sinceRefresh;
    private long searches;

    private static final class Doc {
        final Episode episode;
        final Map<String, Integer> tf;
        double norm;
        long seenBy;

        Doc(Episode episode, Map<String, Integer> tf) {
            this.episode = episode;
            this.tf = tf;
        }
    }

    TfIdfIndex(int capacity) {
        this.capacity = capacity;
    }

    int size() {
        return docs.size();
    }

    void add(Episode e, Map<String, Integer> tf) {
        Doc d = new Doc(e, tf);
        docs.addLast(d);
        for (String t : tf.keySet()) {
            postings.computeIfAbsent(t, k -> new ArrayDeque<>()).addLast(d);
        }
        if (docs.size() > capacity) {
            Doc old = docs.removeFirst();
            for (String t : old.tf.keySet()) {
                ArrayDeque<Doc> p = postings.get(t);
                p.removeFirst();
                if (p.isEmpty()) {
                    postings.remove(t);
                }
            }
        }
        if (++sinceRefresh >= REFRESH_EVERY) {
            sinceRefresh = 0;
            for (Doc x : docs) {
                x.norm = norm(x);
            }
        } else {
            d.norm = norm(d);
        }
    }

    List<Recollection> search(Map<String, Integer> query, int limit, double minScore) {
        long stamp = ++searches;
        int n = query.size();
        String[] terms = new String[n];
        double[] weights = new double[n];
        double qNorm = 0;
        int i = 0;
        for (Map.Entry<String, Integer> e : query.entrySet()) {
            terms[i] = e.getKey();
            weights[i] = e.getValue() * idf(e.getKey());
            qNorm += weights[i] * weights[i];
            i++;
        }
        List<Doc> candidates = new ArrayList<>();
        for (String t : terms) {
            ArrayDeque<Doc> p = postings.get(t);
            if (p != null && (docs.size() < SMALL || p.size() * 2 <= docs.size())) {
                for (Doc d : p) {
                    if (d.seenBy != stamp) {
                        d.seenBy = stamp;
                        candidates.add(d);
                    }
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Doc d : candidates) {
            double dot = 0;
            for (int k = 0; k < n; k++) {
                Integer tf = d.tf.get(terms[k]);
                if (tf != null) {
                    dot += tf * weights[k] * weights[k] / query.get(terms[k]);
                }
            }
            double score = Math.min(1.0, dot / Math.sqrt(qNorm * d.norm * d.norm));
            if (score >= minScore) {
                scored.add(new Scored(d, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(x -> x.doc().episode.executionKey()));
        Map<String, Double> qv = new HashMap<>();
        for (int k = 0; k < n; k++) {
            qv.put(terms[k], weights[k]);
        }
        List<Recollection> hits = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, scored.size()); k++) {
            Scored x = scored.get(k);
            hits.add(new Recollection(x.doc().episode, x.score(), matchedTerms(x.doc(), qv)));
        }
        return List.copyOf(hits);
    }

    private record Scored(Doc doc, double score) {
    }

    private List<String> matchedTerms(Doc d, Map<String, Double> qv) {
        List<Map.Entry<String, Double>> shared = new ArrayList<>();
        for (Map.Entry<String, Double> e : qv.entrySet()) {
            Integer tf = d.tf.get(e.getKey());
            if (tf != null) {
                shared.add(Map.entry(e.getKey(), tf * idf(e.getKey()) * e.getValue()));
            }
        }
        shared.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < Math.min(5, shared.size()); i++) {
            terms.add(shared.get(i).getKey());
        }
        return List.copyOf(terms);
    }

    private double norm(Doc d) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : d.tf.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private double idf(String term) {
        ArrayDeque<Doc> p = postings.get(term);
        int df = p == null ? 0 : p.size();
        return Math.log((docs.size() + 1.0) / (df + 1.0)) + 1.0;
    }
}
