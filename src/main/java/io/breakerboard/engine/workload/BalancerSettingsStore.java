package io.breakerboard.engine.workload;

import java.util.Optional;

/** Where the balancer settings are kept between runs. */
public interface BalancerSettingsStore {
    /** Keeps nothing: every start uses the defaults. */
    BalancerSettingsStore NONE = new BalancerSettingsStore() {
        @Override
        public Optional<BalancerSettings> load() {
            return Optional.empty();
        }

        @Override
        public void save(BalancerSettings settings) {
        }
    };

    /** The saved settings, or empty when none were saved. */
    Optional<BalancerSettings> load();

    void save(BalancerSettings settings);
}
