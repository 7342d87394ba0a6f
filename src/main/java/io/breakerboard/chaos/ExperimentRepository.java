package io.breakerboard.chaos;

import java.time.Instant;
import java.util.Map;

/** The experiments people saved, kept as the JSON they wrote so a later version reads them the same way. */
public interface ExperimentRepository {

    /** Every saved experiment's JSON by name, in name order. */
    Map<String, String> all();

    /** Saves or replaces an experiment's JSON under its name. */
    void save(String name, String json, Instant at);

    /** Deletes an experiment; false when none had that name. */
    boolean delete(String name);
}
