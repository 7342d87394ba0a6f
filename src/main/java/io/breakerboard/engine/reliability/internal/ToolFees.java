package io.breakerboard.engine.reliability.internal;

import io.breakerboard.engine.reliability.ToolFeeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The engine's ledger of tool fees per external API: paid by answered calls, saved by cache hits. Thread-safe. */
public final class ToolFees {
    private final Map<String, long[]> byApi = new TreeMap<>();

    /** An answered call billed {@code micros}. */
    public synchronized void charged(String api, long micros) {
        long[] a = byApi.computeIfAbsent(api, k -> new long[4]);
        a[0]++;
        a[1] += micros;
    }

    /** A cache hit that saved a call's fee. */
    public synchronized void saved(String api, long micros) {
        long[] a = byApi.computeIfAbsent(api, k -> new long[4]);
        a[2]++;
        a[3] += micros;
    }

    /** Every API with a call or a hit, by name. */
    public synchronized List<ToolFeeView> view() {
        List<ToolFeeView> out = new ArrayList<>(byApi.size());
        byApi.forEach((api, a) -> out.add(new ToolFeeView(api, a[0], a[1], a[2], a[3])));
        return List.copyOf(out);
    }
}
