package io.breakerboard.engine.sim;

/** The two kinds of work the simulated agents do. */
public enum Domain {
    /** Incident investigation on a Kubernetes service. */
    SRE,
    /** Invoice processing and payment approval. */
    FINANCE
}
