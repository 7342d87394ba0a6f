package io.breakerboard.cli;

import io.breakerboard.service.ReceiverAddress;
import java.net.InetSocketAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code HOST:PORT} (or {@code [IPv6]:PORT}) for {@code serve --otlp}; port 0 picks a free one. */
final class OtlpAddress implements ITypeConverter<InetSocketAddress> {
    @Override
    public InetSocketAddress convert(String value) {
        try {
            return ReceiverAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
