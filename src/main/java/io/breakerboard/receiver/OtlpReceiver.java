package io.breakerboard.receiver;

import com.sun.net.httpserver.HttpServer;
import io.breakerboard.pipeline.ExecutionSink;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OTLP/HTTP receiver: instrumented agents export their traces to {@code POST /v1/traces} and each trace,
 * once complete, is stored as an execution through the given sink (the workspace's pipeline), exactly as an
 * imported file's would be. Listens only while open. Built on the JDK's HTTP server with a small thread pool.
 */
public final class OtlpReceiver implements AutoCloseable {
    /** How often complete traces are looked for, in real time; completeness itself is judged on the clock. */
    private static final long TICK_MILLIS = 200;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService ticker;
    private final ReceivedTraces traces;
    private final String source;

    private OtlpReceiver(HttpServer server, ExecutorService handlers, ReceivedTraces traces, String source) {
        this.server = server;
        this.handlers = handlers;
        this.traces = traces;
        this.source = source;
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("breakerboard-otlp-tick"));
    }

    /**
     * Starts listening.
     *
     * @param clock judges when a trace is complete (its grace period); tests pass one they move
     * @throws IOException when the address cannot be bound (in use, not local)
     */
    public static OtlpReceiver start(ReceiverSettings settings, ExecutionSink sink, Clock clock) throws IOException {
        HttpServer server = HttpServer.create(settings.address(), 64);
        InetSocketAddress bound = server.getAddress();
        String source = "otlp://" + bound.getHostString() + ":" + bound.getPort();
        ReceivedTraces traces = new ReceivedTraces(sink, source, settings, clock);
        ExecutorService handlers = Executors.newFixedThreadPool(settings.threads(), daemon("breakerboard-otlp-http"));
        server.setExecutor(handlers);
        server.createContext("/v1/traces", new ExportHandler(ExportHandler.Signal.TRACES, traces));
        server.createContext("/v1/logs", new ExportHandler(ExportHandler.Signal.LOGS, traces));
        OtlpReceiver receiver = new OtlpReceiver(server, handlers, traces, source);
        server.start();
        receiver.ticker.scheduleWithFixedDelay(traces::emitDue, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return receiver;
    }

    /** Where it listens (the port chosen when 0 was asked). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The source executions and quarantined records are stamped with: {@code otlp://HOST:PORT}. */
    public String source() {
        return source;
    }

    public ReceiverCounts counts() {
        return traces.counts();
    }

    /** Stores the traces complete by the clock now and waits until they are written. */
    public void flush() throws InterruptedException {
        traces.emitDue();
        traces.awaitWritten();
    }

    /** Queues the traces complete by the clock now, without waiting for the store. */
    int emitDue() {
        return traces.emitDue();
    }

    /** Stops listening, stores every trace still held (complete or not) and waits for the store. */
    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        ticker.shutdownNow();
        handlers.shutdown();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
        traces.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
