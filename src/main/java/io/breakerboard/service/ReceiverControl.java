package io.breakerboard.service;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Starts and stops the OTLP/HTTP receiver inside this process, on the workspace's own store (its data directory is
 * locked to one process, so the window cannot leave receiving to a separate {@code serve}). Received traces go
 * through the same pipeline as imported and followed files. Nothing listens until {@link #start} is called.
 * Thread-safe; {@link #start} and {@link #stop} block briefly (binding, storing the traces still held), so the
 * window calls them off the FX thread.
 */
public interface ReceiverControl {

    /**
     * Listens on {@code address}, or keeps listening where it does when it already listens there; a running
     * receiver on another address is stopped first.
     *
     * @throws IOException when the address cannot be listened on (in use, not local); then nothing listens
     */
    ReceiverStatus start(InetSocketAddress address) throws IOException;

    /** Stops listening, frees the port and stores every trace still held. Does nothing when not listening. */
    ReceiverStatus stop();

    /** What it is doing now, with counts since it last started. */
    ReceiverStatus status();
}
