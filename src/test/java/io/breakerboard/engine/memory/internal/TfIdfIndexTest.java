package io.breakerboard.engine.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.sim.Domain;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfIndexTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private static Map<String, Integer> tf(String text) {
        Map<String, Integer> m = new HashMap<>();
        Tokenizer.terms(text).forEach(t -> m.merge(t, 1, Integer::sum));
        return m;
    }

    private static void add(TfIdfIndex index, String key, String text) {
        index.add(new Episode(key, "sre-triage", Domain.SRE, text, "", null, T), tf(text));
    }

    @Test
    void theIdenticalDocumentScoresOneAndComesFirst() {
        TfIdfIndex index = new TfIdfIndex(10);
        add(index, "a", "checkout-api 5xx spike bad deploy");
        add(index, "b", "search-service pods oomkilled memory limit");
        add(index, "c", "checkout-api latency db pool exhausted");
        List<Recollection> hits = index.search(tf("checkout-api 5xx spike bad deploy"), 3, 0.0);
        assertThat(hits.get(0).episode().executionKey()).isEqualTo("a");
        assertThat(hits.get(0).score()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(hits).extracting(h -> h.episode().executionKey()).containsExactly("a", "c");
        assertThat(hits.get(0).matchedTerms()).hasSizeLessThanOrEqualTo(5).contains("5xx", "deploy");
    }

    @Test
    void aMinimumScoreAndALimitCutTheList() {
        TfIdfIndex index = new TfIdfIndex(10);
        add(index, "a", "checkout-api 5xx spike");
        add(index, "b", "checkout-api latency");
        add(index, "c", "checkout-api pods");
        assertThat(index.search(tf("checkout-api 5xx spike"), 1, 0.0)).hasSize(1);
        assertThat(index.search(tf("checkout-api 5xx spike"), 5, 0.99)).extracting(h -> h.episode().executionKey())
                .containsExactly("a");
        assertThat(index.search(tf("invoice vendor"), 5, 0.0)).isEmpty();
    }

    @Test
    void theOldestDocumentsAreForgottenBeyondCapacity() {
        TfIdfIndex index = new TfIdfIndex(3);
        add(index, "old", "cert expired upstream tls");
        add(index, "b", "checkout-api 5xx");
        add(index, "c", "search-service oomkilled");
        add(index, "d", "auth-service db pool");
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search(tf("cert expired upstream tls"), 5, 0.0)).isEmpty();
        assertThat(index.search(tf("auth-service db pool"), 5, 0.0)).extracting(h -> h.episode().executionKey())
                .containsExactly("d");
    }

    @Test
    void equalScoresAreOrderedByExecutionKeySoRecallIsDeterministic() {
        TfIdfIndex index = new TfIdfIndex(10);
        add(index, "z", "checkout-api 5xx");
        add(index, "m", "checkout-api 5xx");
        add(index, "a", "checkout-api 5xx");
        assertThat(index.search(tf("checkout-api 5xx"), 5, 0.0)).extracting(h -> h.episode().executionKey())
                .containsExactly("a", "m", "z");
    }
}
