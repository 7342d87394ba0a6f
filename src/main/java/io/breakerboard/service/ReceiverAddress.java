package io.breakerboard.service;

import java.net.InetSocketAddress;

/** The {@code HOST:PORT} a receiver listens on, as people type it ({@code [IPv6]:PORT} too; port 0 picks a free one). */
public final class ReceiverAddress {
    /** Loopback on the port the OTLP/HTTP specification gives receivers: nothing outside this machine can send. */
    public static final String DEFAULT = "127.0.0.1:4318";

    private ReceiverAddress() {
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code value} */
    public static InetSocketAddress parse(String value) {
        String text = value == null ? "" : value.strip();
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT such as " + DEFAULT + ", was '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + text.substring(colon + 1) + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        return new InetSocketAddress(host, port);
    }
}
