package io.breakerboard.bench;

import com.google.protobuf.ByteString;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Redactor;
import io.breakerboard.receiver.OtlpReceiver;
import io.breakerboard.receiver.ReceiverCounts;
import io.breakerboard.receiver.ReceiverSettings;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the OTLP/HTTP receiver: senders post protobuf export requests at a fixed span rate to a receiver on
 * loopback backed by a real workspace in a temporary folder, then the receiver is stopped and the store is checked
 * to hold every span. Each trace is split over two requests (its children in one, its root in the next), so the
 * assembly across requests is measured too. A 503 is honoured as an exporter would: wait Retry-After, send again.
 *
 * <p>Arguments: spans per second (10000), seconds (30), spans per trace (5), spans per request (500), senders (2).
 */
public final class OtlpReceiveLoad {
    private OtlpReceiveLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int perTrace = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int perRequest = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int senders = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        int tracesPerRequest = perRequest / perTrace;
        Path data = Files.createTempDirectory("otlp-load");
        Components components = Components.of(RollupMetrics::new, Formats::all, Redactor.DEFAULT::redact,
                Redactor.DEFAULT::redact);
        try (LocalWorkspace ws = WorkspaceAssembler.open(data, components)) {
            OtlpReceiver receiver = OtlpReceiver.start(ReceiverSettings.at(new InetSocketAddress("127.0.0.1", 0)),
                    ws.pipeline(), Clock.systemUTC());
            URI uri = URI.create("http://127.0.0.1:" + receiver.address().getPort() + "/v1/traces");
            long requestsPerSender = (long) rate * seconds / perRequest / senders;
            double intervalNanos = 1e9 * perRequest * senders / rate;
            AtomicLong sentSpans = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int sender = s;
                long[] lat = new long[(int) requestsPerSender];
                latencies.add(lat);
                Thread t = new Thread(() -> send(uri, sender, requestsPerSender, tracesPerRequest, perTrace,
                        intervalNanos, t0, sentSpans, refused, lat), "sender-" + s);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            double sendSeconds = (System.nanoTime() - t0) / 1e9;
            long close0 = System.nanoTime();
            receiver.close();
            double drainSeconds = (System.nanoTime() - close0) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
            ReceiverCounts c = receiver.counts();
            long expectedTraces = requestsPerSender * senders * tracesPerRequest;
            List<Execution> stored = ws.queries().executions(MetricsFilter.all(), false, Integer.MAX_VALUE);
            long steps = stored.stream().mapToLong(Execution::stepCount).sum();
            long tokens = stored.stream().mapToLong(Execution::inputTokens).sum();
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT, "sent %,d spans in %.1f s = %,.0f spans/s (%d senders, %d spans/request, "
                            + "%d spans/trace)%n", sentSpans.get(), sendSeconds, sentSpans.get() / sendSeconds,
                    senders, perRequest, perTrace);
            System.out.printf(Locale.ROOT, "request latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d refused with 503 "
                    + "and sent again%n", pct(all, 0.50), pct(all, 0.99), all[all.length - 1] / 1e6, refused.get());
            System.out.printf(Locale.ROOT, "stop and drain after the last request: %.2f s; process CPU %.1f s over "
                    + "%.1f s%n", drainSeconds, cpuSeconds, sendSeconds + drainSeconds);
            System.out.printf(Locale.ROOT, "receiver: %,d spans accepted, %d rejected, %,d executions stored, %d "
                    + "updated, %d flushed early%n", c.spans(), c.rejectedSpans(), c.stored(), c.updated(),
                    c.flushedEarly());
            boolean ok = stored.size() == expectedTraces && steps == expectedTraces * (perTrace - 1)
                    && tokens == expectedTraces * (perTrace - 1);
            System.out.printf(Locale.ROOT, "store: %,d executions (expected %,d), %,d steps and %,d tokens (expected "
                    + "%,d each): %s%n", stored.size(), expectedTraces, steps, tokens, expectedTraces * (perTrace - 1),
                    ok ? "every span stored" : "SPANS MISSING");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    private static void send(URI uri, int sender, long requests, int tracesPerRequest, int perTrace,
                             double intervalNanos, long t0, AtomicLong sentSpans, AtomicLong refused, long[] latency) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] heldRoots = null;
        for (long i = 0; i <= requests; i++) {
            long due = t0 + (long) (i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            // Request i carries the children of its traces and the roots of request i-1's traces.
            List<Span> spans = new ArrayList<>();
            long[] roots = new long[i < requests ? tracesPerRequest : 0];
            for (int k = 0; k < roots.length; k++) {
                long trace = ((long) sender << 40) | (i * tracesPerRequest + k + 1);
                roots[k] = trace;
                for (int c = 1; c < perTrace; c++) {
                    spans.add(span(trace, c + 1, 1, "chat").addAttributes(kv("gen_ai.operation.name", "chat"))
                            .addAttributes(kv("gen_ai.request.model", "load-model"))
                            .addAttributes(KeyValue.newBuilder().setKey("gen_ai.usage.input_tokens")
                                    .setValue(AnyValue.newBuilder().setIntValue(1))).build());
                }
            }
            if (heldRoots != null) {
                for (long trace : heldRoots) {
                    spans.add(span(trace, 1, 0, "invoke_agent load").addAttributes(kv("gen_ai.agent.name",
                            "load-" + (trace % 7))).build());
                }
            }
            heldRoots = roots;
            byte[] body = ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                    .setResource(Resource.newBuilder().addAttributes(kv("service.name", "load")))
                    .addScopeSpans(ScopeSpans.newBuilder().addAllSpans(spans))).build().toByteArray();
            long start = System.nanoTime();
            post(http, uri, body, refused);
            if (i < latency.length) {
                latency[(int) i] = System.nanoTime() - start;
            }
            sentSpans.addAndGet(spans.size());
        }
    }

    private static void post(HttpClient http, URI uri, byte[] body, AtomicLong refused) {
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-protobuf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
                if (r.statusCode() != 503 && r.statusCode() != 429) {
                    throw new IllegalStateException("receiver answered " + r.statusCode());
                }
                refused.incrementAndGet();
                sleepNanos(Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")) * 1_000_000_000L);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Span.Builder span(long trace, long id, long parent, String name) {
        long now = System.currentTimeMillis() * 1_000_000L;
        Span.Builder b = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(ByteBuffer.allocate(16).putLong(8, trace).array()))
                .setSpanId(ByteString.copyFrom(ByteBuffer.allocate(8).putLong(id).array())).setName(name)
                .setStartTimeUnixNano(now - 1_000_000_000L).setEndTimeUnixNano(now);
        if (parent > 0) {
            b.setParentSpanId(ByteString.copyFrom(ByteBuffer.allocate(8).putLong(parent).array()));
        }
        return b;
    }

    private static KeyValue kv(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static double pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
