package io.breakerboard.service;

import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.receiver.OtlpReceiver;
import io.breakerboard.receiver.ReceiverCounts;
import io.breakerboard.receiver.ReceiverSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;

/** The receiver of one workspace: at most one listens at a time, feeding the workspace's pipeline. */
public final class LocalReceiverControl implements ReceiverControl, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalReceiverControl.class.getName());

    private final ExecutionSink sink;
    private final Clock clock;
    // Volatile, so status() never waits for a start or stop (binding, storing the held traces) to finish.
    private volatile OtlpReceiver receiver;
    /** The counts of the receiver last stopped, so the status still says what it did. */
    private volatile ReceiverStatus last = ReceiverStatus.OFF;

    /**
     * @param sink  where complete traces go: the workspace's pipeline
     * @param clock judges when a trace is complete (its grace period for late spans)
     */
    public LocalReceiverControl(ExecutionSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public synchronized ReceiverStatus start(InetSocketAddress address) throws IOException {
        OtlpReceiver running = receiver;
        if (running != null) {
            if (address.getPort() != 0 && running.address().equals(address)) {
                return status();
            }
            stop();
        }
        receiver = OtlpReceiver.start(ReceiverSettings.at(address), sink, clock);
        return status();
    }

    @Override
    public synchronized ReceiverStatus stop() {
        if (receiver == null) {
            return last;
        }
        OtlpReceiver stopping = receiver;
        last = of(stopping, false);
        receiver = null;
        try {
            stopping.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(System.Logger.Level.WARNING, "Stopped waiting for the received traces to be stored");
        }
        last = of(stopping, false);
        return last;
    }

    @Override
    public ReceiverStatus status() {
        OtlpReceiver running = receiver;
        return running == null ? last : of(running, true);
    }

    private static ReceiverStatus of(OtlpReceiver r, boolean listening) {
        ReceiverCounts c = r.counts();
        InetSocketAddress a = r.address();
        return new ReceiverStatus(listening, a.getHostString() + ":" + a.getPort(), c.spans(), c.stored() + c.updated(),
                c.rejectedSpans() + c.busy() + c.quarantined() + c.failed(), c.pendingSpans());
    }

    @Override
    public void close() {
        stop();
    }
}
