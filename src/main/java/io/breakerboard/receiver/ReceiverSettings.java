package io.breakerboard.receiver;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a receiver listens and how much it holds.
 *
 * @param address         where to listen; port 0 picks a free one
 * @param grace           how long a trace waits for late children after its root span arrived
 * @param maxWait         how long a trace whose root never arrives waits before it is assembled as it is
 * @param maxPendingSpans spans held for incomplete traces (and, as many again, for traces already assembled, so
 *                        a late span can rebuild its trace) before the oldest are handed over
 * @param maxPendingTraces traces held, likewise
 * @param queueCapacity   executions waiting for the store before requests are refused with 503
 * @param threads         threads answering requests
 */
public record ReceiverSettings(InetSocketAddress address, Duration grace, Duration maxWait, int maxPendingSpans,
                               int maxPendingTraces, int queueCapacity, int threads) {
    /** The port the OTLP/HTTP specification gives receivers. */
    public static final int DEFAULT_PORT = 4318;
    /**
     * The grace period for late children. Children end before their root and come in the same or an earlier
     * export, so the grace only covers pieces of one trace sent by several processes at once; a child later than
     * that re-opens the stored trace and updates it. Short, so a trace is on the dashboard within a second of its
     * root's export (grace + the 200 ms tick + the dashboard's 250 ms refresh).
     */
    public static final Duration DEFAULT_GRACE = Duration.ofMillis(300);

    public ReceiverSettings {
        Objects.requireNonNull(address, "address");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, was " + grace);
        }
        if (maxWait.compareTo(grace) < 0) {
            throw new IllegalArgumentException("maxWait must be at least the grace period, was " + maxWait);
        }
        if (maxPendingSpans < 1 || maxPendingTraces < 1 || queueCapacity < 1 || threads < 1) {
            throw new IllegalArgumentException("maxPendingSpans, maxPendingTraces, queueCapacity and threads must "
                    + "be at least 1, were " + maxPendingSpans + ", " + maxPendingTraces + ", " + queueCapacity
                    + ", " + threads);
        }
    }

    /**
     * Defaults for listening on {@code address}. Spans take 2–10 KB each, so the 50,000 pending and 50,000
     * remembered spans stay near the bound file imports keep ({@code OtlpJsonFormat.MAX_PENDING_SPANS}), while
     * holding several seconds of traffic at 10,000 spans per second.
     */
    public static ReceiverSettings at(InetSocketAddress address) {
        return builder(address).build();
    }

    /** Starts from the defaults of {@link #at}. */
    public static Builder builder(InetSocketAddress address) {
        return new Builder(address);
    }

    public ReceiverSettings withQueueCapacity(int capacity) {
        return toBuilder().queueCapacity(capacity).build();
    }

    public ReceiverSettings withPendingLimits(int spans, int traces) {
        return toBuilder().maxPendingSpans(spans).maxPendingTraces(traces).build();
    }

    private Builder toBuilder() {
        return builder(address).grace(grace).maxWait(maxWait).maxPendingSpans(maxPendingSpans)
                .maxPendingTraces(maxPendingTraces).queueCapacity(queueCapacity).threads(threads);
    }

    /** Names each limit of a {@link ReceiverSettings}. */
    public static final class Builder {
        private final InetSocketAddress address;
        private Duration grace = DEFAULT_GRACE;
        private Duration maxWait = Duration.ofSeconds(60);
        private int maxPendingSpans = 50_000;
        private int maxPendingTraces = 10_000;
        private int queueCapacity = 20_000;
        private int threads = 4;

        private Builder(InetSocketAddress address) {
            this.address = address;
        }

        public Builder grace(Duration v) { this.grace = v; return this; }
        public Builder maxWait(Duration v) { this.maxWait = v; return this; }
        public Builder maxPendingSpans(int v) { this.maxPendingSpans = v; return this; }
        public Builder maxPendingTraces(int v) { this.maxPendingTraces = v; return this; }
        public Builder queueCapacity(int v) { this.queueCapacity = v; return this; }
        public Builder threads(int v) { this.threads = v; return this; }

        /** @throws IllegalArgumentException naming the value that is wrong */
        public ReceiverSettings build() {
            return new ReceiverSettings(address, grace, maxWait, maxPendingSpans, maxPendingTraces, queueCapacity,
                    threads);
        }
    }
}
