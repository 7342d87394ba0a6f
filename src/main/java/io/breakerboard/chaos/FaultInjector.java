package io.breakerboard.chaos;

import io.breakerboard.chaos.FaultEvent.EndReason;
import io.breakerboard.chaos.internal.FaultEffects;
import io.breakerboard.chaos.internal.FaultHit;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The engine's fault hook (install it with {@code Engine.interceptor}): holds the active faults and applies
 * those aimed at each call. Thread-safe; with no fault held a call costs one volatile read.
 *
 * <p>Every fault has a window on the engine clock and rolls back by itself at its end. Starts and ends are
 * noticed at the next call or look (no timer thread, so virtual time needs none), and recorded as
 * {@link FaultEvent}s at their scheduled instants. Whether a call is hit is drawn from the call's own seed, so a
 * seeded run on virtual time hits the same calls every time.
 */
public final class FaultInjector implements CallInterceptor {
    /** Fault events kept for the timeline; older ones are dropped. */
    public static final int EVENT_HISTORY = 2_000;

    private final EngineClock clock;
    private final ChaosCatalog catalog;
    private final AtomicLong ids = new AtomicLong();
    private final Object lock = new Object();
    private final ArrayDeque<FaultEvent> events = new ArrayDeque<>();
    private final List<Consumer<FaultHit>> hitListeners = new CopyOnWriteArrayList<>();
    private volatile Entry[] entries = new Entry[0];
    private volatile long nextChange = Long.MAX_VALUE;

    /** @param catalog the tools, agents and models a fault may name */
    public FaultInjector(EngineClock clock, ChaosCatalog catalog) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Starts a fault now, by hand.
     *
     * @throws IllegalArgumentException when the target names an unknown tool, agent or model
     */
    public ActiveFault inject(FaultSpec spec) {
        return schedule(spec, Duration.ZERO, ActiveFault.MANUAL);
    }

    /**
     * Holds a fault that starts after {@code delay} and lasts its duration.
     *
     * @param origin who asks: {@code manual} or {@code experiment <name>}
     * @throws IllegalArgumentException when the target names an unknown tool, agent or model
     */
    public ActiveFault schedule(FaultSpec spec, Duration delay, String origin) {
        catalog.check(spec.target());
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a fault cannot start in the past: delay " + delay);
        }
        synchronized (lock) {
            long now = clock.nanos();
            Instant at = clock.now();
            String id = "f-" + ids.incrementAndGet();
            long start = now + delay.toNanos();
            Entry e = new Entry(id, spec, origin, start, start + spec.duration().toNanos(), at.plus(delay),
                    at.plus(delay).plus(spec.duration()));
            Entry[] next = Arrays.copyOf(entries, entries.length + 1);
            next[next.length - 1] = e;
            entries = next;
            sweep(now);
            return e.view(now);
        }
    }

    /** Faults held now (started or waiting), oldest first, with their time left. */
    public List<ActiveFault> active() {
        synchronized (lock) {
            long now = clock.nanos();
            sweep(now);
            List<ActiveFault> out = new ArrayList<>(entries.length);
            for (Entry e : entries) {
                out.add(e.view(now));
            }
            return out;
        }
    }

    /** True when no fault is held. */
    public boolean idle() {
        return active().isEmpty();
    }

    /** Removes one fault by hand; empty when no such fault is held (it may have rolled back already). */
    public Optional<ActiveFault> remove(String id) {
        return end(id, EndReason.REMOVED);
    }

    /** Removes a fault for the experiment that scheduled it. */
    Optional<ActiveFault> rollBack(String id) {
        return end(id, EndReason.ROLLED_BACK);
    }

    /** Removes every fault at once; returns what they were. */
    public List<ActiveFault> stopAll() {
        synchronized (lock) {
            long now = clock.nanos();
            sweep(now);
            List<ActiveFault> ended = new ArrayList<>();
            for (Entry e : entries) {
                ended.add(close(e, now, EndReason.STOPPED_ALL));
            }
            entries = new Entry[0];
            nextChange = Long.MAX_VALUE;
            return ended;
        }
    }

    /** Every start and end recorded, oldest first (the last {@link #EVENT_HISTORY}). */
    public List<FaultEvent> events() {
        synchronized (lock) {
            sweep(clock.nanos());
            return List.copyOf(events);
        }
    }

    /**
     * Tells {@code listener} of every call a fault changes, on the calling engine thread; it must be quick.
     * Close the returned handle to stop.
     */
    public AutoCloseable onHit(Consumer<FaultHit> listener) {
        hitListeners.add(listener);
        return () -> hitListeners.remove(listener);
    }

    @Override
    public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
        Entry[] held = entries;
        if (held.length == 0) {
            return next.proceed();
        }
        long now = clock.nanos();
        if (now >= nextChange) {
            synchronized (lock) {
                sweep(now);
            }
            held = entries;
        }
        Invocation<T> chain = next;
        for (int i = held.length - 1; i >= 0; i--) {
            Entry e = held[i];
            if (now >= e.startNanos && now < e.endNanos && FaultEffects.matches(e.spec, site)) {
                Invocation<T> inner = chain;
                chain = () -> e.apply(site, inner);
            }
        }
        return chain.proceed();
    }

    private Optional<ActiveFault> end(String id, EndReason reason) {
        synchronized (lock) {
            long now = clock.nanos();
            sweep(now);
            Entry[] held = entries;
            for (int i = 0; i < held.length; i++) {
                if (held[i].id.equals(id)) {
                    Entry[] next = new Entry[held.length - 1];
                    System.arraycopy(held, 0, next, 0, i);
                    System.arraycopy(held, i + 1, next, i, held.length - i - 1);
                    entries = next;
                    nextChange = earliestChange(next);
                    return Optional.of(close(held[i], now, reason));
                }
            }
            return Optional.empty();
        }
    }

    // Under the lock: records the end of a fault taken out before its time.
    private ActiveFault close(Entry e, long now, EndReason reason) {
        if (e.started) {
            record(new FaultEvent(e.id, e.spec, e.origin, FaultEvent.Type.ENDED, clock.now(), reason, e.hits.get()));
        }
        return e.view(now);
    }

    // Under the lock: notes starts and ends that are due, at their scheduled instants, in time order.
    private void sweep(long now) {
        Entry[] held = entries;
        List<FaultEvent> due = new ArrayList<>();
        List<Entry> keep = new ArrayList<>(held.length);
        for (Entry e : held) {
            if (!e.started && now >= e.startNanos) {
                e.started = true;
                due.add(new FaultEvent(e.id, e.spec, e.origin, FaultEvent.Type.STARTED, e.startAt, null, 0));
            }
            if (now >= e.endNanos) {
                due.add(new FaultEvent(e.id, e.spec, e.origin, FaultEvent.Type.ENDED, e.endAt, EndReason.EXPIRED,
                        e.hits.get()));
            } else {
                keep.add(e);
            }
        }
        due.sort(Comparator.comparing(FaultEvent::at));
        due.forEach(this::record);
        if (keep.size() != held.length) {
            entries = keep.toArray(new Entry[0]);
        }
        nextChange = earliestChange(entries);
    }

    private static long earliestChange(Entry[] held) {
        long min = Long.MAX_VALUE;
        for (Entry e : held) {
            min = Math.min(min, e.started ? e.endNanos : e.startNanos);
        }
        return min;
    }

    private void record(FaultEvent event) {
        events.addLast(event);
        while (events.size() > EVENT_HISTORY) {
            events.removeFirst();
        }
    }

    private final class Entry {
        final String id;
        final FaultSpec spec;
        final String origin;
        final String tag;
        final long salt;
        final long startNanos;
        final long endNanos;
        final Instant startAt;
        final Instant endAt;
        final AtomicLong hits = new AtomicLong();
        volatile boolean started;

        Entry(String id, FaultSpec spec, String origin, long startNanos, long endNanos, Instant startAt, Instant endAt) {
            this.id = id;
            this.spec = spec;
            this.origin = origin;
            this.tag = "[chaos " + id + "]";
            this.salt = Seeds.mix(0x0C4A_05L, id);
            this.startNanos = startNanos;
            this.endNanos = endNanos;
            this.startAt = startAt;
            this.endAt = endAt;
        }

        <T> Attempt<T> apply(CallSite site, Invocation<T> next) {
            SplittableRandom random = new SplittableRandom(Seeds.mix(Seeds.mix(site.seed(), site.attempt()), salt));
            if (random.nextDouble() >= spec.probability()) {
                return next.proceed();
            }
            FaultEffects.Effect<T> effect = FaultEffects.apply(spec, tag, site, next, random);
            if (effect.hit()) {
                hits.incrementAndGet();
                if (!hitListeners.isEmpty()) {
                    FaultHit hit = new FaultHit(id, spec.kind(), site.target(), site.agent(), site.executionKey(),
                            site.attempt());
                    hitListeners.forEach(l -> l.accept(hit));
                }
            }
            return effect.attempt();
        }

        ActiveFault view(long now) {
            // A waiting fault has all of its duration left.
            Duration left = Duration.ofNanos(Math.max(0, endNanos - Math.max(now, startNanos)));
            return new ActiveFault(id, spec, origin, startAt, endAt, left, now < startNanos, hits.get());
        }
    }
}
