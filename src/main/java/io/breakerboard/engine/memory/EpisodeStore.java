package io.breakerboard.engine.memory;

import java.util.List;

/** Where episodes are kept. */
public interface EpisodeStore {

    /** Keeps an episode; saving the same execution twice keeps the first. */
    void save(Episode episode);

    /** The newest episodes, newest first, at most {@code limit}. */
    List<Episode> recent(int limit);
}
