package io.breakerboard.engine.memory.internal;

import io.breakerboard.engine.memory.Episode;
import java.util.List;

/**
 * A past episode recalled for a new task, and why.
 *
 * @param episode      the episode
 * @param score        TF-IDF cosine similarity of the two texts, 0..1
 * @param matchedTerms the shared terms that weigh most, heaviest first
 */
public record Recollection(Episode episode, double score, List<String> matchedTerms) {
}
