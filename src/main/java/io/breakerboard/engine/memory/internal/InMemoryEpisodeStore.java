package io.breakerboard.engine.memory.internal;

import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.memory.EpisodeStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Episodes in memory, the newest {@code capacity} kept. Thread-safe. */
public final class InMemoryEpisodeStore implements EpisodeStore {
    private final int capacity;
    private final Deque<Episode> episodes = new ArrayDeque<>();
    private final Set<String> keys = new HashSet<>();

    public InMemoryEpisodeStore(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void save(Episode episode) {
        if (!keys.add(episode.executionKey())) {
            return;
        }
        episodes.addFirst(episode);
        if (episodes.size() > capacity) {
            keys.remove(episodes.removeLast().executionKey());
        }
    }

    @Override
    public synchronized List<Episode> recent(int limit) {
        List<Episode> out = new ArrayList<>(Math.min(limit, episodes.size()));
        Iterator<Episode> it = episodes.iterator();
        while (it.hasNext() && out.size() < limit) {
            out.add(it.next());
        }
        return out;
    }
}
