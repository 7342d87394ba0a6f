package io.breakerboard.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code HOST:PORT} (or {@code [IPv6]:PORT}) for {@code serve --otlp}; port 0 picks a free one. */
final class OtlpAddress implements ITypeConverter<InetSocketAddress> {
    @Override
    public InetSocketAddress convert(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new TypeConversionException("expected HOST:PORT such as 127.0.0.1:4318, was '" + value + "'");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("port must be a number, was '" + value.substring(colon + 1) + "'");
        }
        if (port < 0 || port > 65535) {
            throw new TypeConversionException("port must be 0 to 65535, was " + port);
        }
        return new InetSocketAddress(host, port);
    }
}
