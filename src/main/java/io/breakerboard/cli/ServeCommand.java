package io.breakerboard.cli;

import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.receiver.OtlpReceiver;
import io.breakerboard.receiver.ReceiverCounts;
import io.breakerboard.receiver.ReceiverSettings;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: receives OpenTelemetry traces from instrumented agents over OTLP/HTTP until interrupted, storing
 * each complete trace as an execution, and prints a line of counts every minute. On Ctrl-C the traces still held
 * are stored before it exits.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Receive OpenTelemetry traces over OTLP/HTTP (POST /v1/traces) until interrupted.",
                "Ctrl-C (or SIGTERM) stores the traces still held, then exits."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"1:the address cannot be listened on", "2:the data directory cannot be used"})
final class ServeCommand implements Callable<Integer> {
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final Components components;
    private final CompletableFuture<Void> stop;
    private final Consumer<OtlpReceiver> started;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--otlp", paramLabel = "HOST:PORT", converter = OtlpAddress.class,
            description = "Where to listen for OTLP/HTTP (default: 127.0.0.1:" + ReceiverSettings.DEFAULT_PORT + ").")
    private InetSocketAddress address = new InetSocketAddress("127.0.0.1", ReceiverSettings.DEFAULT_PORT);

    @Spec
    private CommandSpec spec;

    ServeCommand(Components components) {
        this(components, new CompletableFuture<>(), r -> { });
    }

    /** For tests: runs until {@code stop} completes and hands over the receiver once it listens. */
    ServeCommand(Components components, CompletableFuture<Void> stop, Consumer<OtlpReceiver> started) {
        this.components = components;
        this.stop = stop;
        this.started = started;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.complete(null);
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "breakerboard-serve-stop");
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.location(), components)) {
            OtlpReceiver receiver;
            try {
                ws.alerting().start(BreakerStateSource.NONE);
                receiver = OtlpReceiver.start(ReceiverSettings.at(address), ws.pipeline(), components.clock());
            } catch (IOException e) {
                spec.commandLine().getErr().println("Cannot listen on " + address.getHostString() + ":"
                        + address.getPort() + ": " + ConsoleText.safe(String.valueOf(e.getMessage())));
                return 1;
            }
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                InetSocketAddress bound = receiver.address();
                out.println("Receiving OTLP/HTTP on http://" + bound.getHostString() + ":" + bound.getPort()
                        + " (POST /v1/traces, protobuf or JSON), storing into " + dataDir.location()
                        + ". Ctrl-C stops.");
                out.flush();
                started.accept(receiver);
                waitForStop(receiver, out);
            } finally {
                receiver.close();
                out.println(line(receiver.counts()) + " (stopped)");
                out.flush();
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNeverAdded) {
                // Nothing to undo: the JVM is exiting or the hook was never added.
            }
        }
        return 0;
    }

    private void waitForStop(OtlpReceiver receiver, PrintWriter out) throws InterruptedException {
        while (true) {
            try {
                stop.get(REPORT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                out.println(line(receiver.counts()));
                out.flush();
            } catch (ExecutionException e) {
                return;
            }
        }
    }

    static String line(ReceiverCounts c) {
        return String.format(java.util.Locale.ROOT, "%s spans received, %d rejected; %d executions stored, %d "
                        + "updated, %d quarantined; %d spans waiting; %d requests refused while busy",
                c.spans(), c.rejectedSpans(), c.stored(), c.updated(), c.quarantined(), c.pendingSpans(), c.busy());
    }
}
