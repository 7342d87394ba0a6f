package io.breakerboard.ingest;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Opens compressed logs of any format as their plain bytes, told apart by their first bytes, never by name:
 * gzip ({@code 1f 8b}, several members in a row too), a zstd stream ({@code 28 b5 2f fd}), and the OpenTelemetry
 * collector's file exporter with {@code compression: zstd}, which writes every message as its own zstd frame
 * behind a 4-byte big-endian length. Anything else is returned as it is.
 */
public final class Decompression {
    private static final int BUFFER = 1 << 16;
    /** Bound on one framed message, so a text file that merely looks framed cannot ask for gigabytes. */
    private static final int MAX_FRAME = 256 << 20;

    private Decompression() {
    }

    /** The plain bytes of {@code raw}; closing the result closes {@code raw}. */
    public static InputStream open(InputStream raw) throws IOException {
        // Only the 8 bytes looked at are held back, so a plain file is read no further than its reader asks.
        PushbackInputStream in = new PushbackInputStream(raw, 8);
        byte[] head = in.readNBytes(8);
        in.unread(head);
        if (head.length >= 2 && head[0] == 0x1f && head[1] == (byte) 0x8b) {
            return new GZIPInputStream(in, BUFFER);
        }
        if (isZstd(head, 0)) {
            return new ZstdInputStream(new BufferedInputStream(in, BUFFER));
        }
        if (isZstd(head, 4)) {
            return new FramedZstd(new BufferedInputStream(in, BUFFER)).stream();
        }
        return in;
    }

    /** True when a file starting with these bytes (8 are enough) is one {@link #open} decompresses. */
    public static boolean isCompressed(byte[] head, int length) {
        byte[] b = length < head.length ? java.util.Arrays.copyOf(head, length) : head;
        return b.length >= 2 && b[0] == 0x1f && b[1] == (byte) 0x8b || isZstd(b, 0) || isZstd(b, 4);
    }

    private static boolean isZstd(byte[] b, int at) {
        return b.length >= at + 4 && b[at] == 0x28 && b[at + 1] == (byte) 0xb5 && b[at + 2] == 0x2f
                && b[at + 3] == (byte) 0xfd;
    }

    // Length-prefixed zstd frames, decompressed one after another into one stream.
    private static final class FramedZstd implements Enumeration<InputStream> {
        private final DataInputStream in;
        private byte[] next;

        FramedZstd(InputStream in) {
            this.in = new DataInputStream(in);
        }

        InputStream stream() {
            return new SequenceInputStream(this) {
                @Override
                public void close() throws IOException {
                    super.close();
                    in.close();
                }
            };
        }

        @Override
        public boolean hasMoreElements() {
            if (next != null) {
                return true;
            }
            try {
                int first = in.read();
                if (first < 0) {
                    return false;
                }
                int length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
                        | in.readUnsignedByte();
                if (length < 0 || length > MAX_FRAME) {
                    throw new IOException("compressed frame of " + Integer.toUnsignedString(length) + " bytes is "
                            + "larger than " + MAX_FRAME + "; the file is damaged or not a collector export");
                }
                next = new byte[length];
                in.readFully(next);
                return true;
            } catch (EOFException e) {
                throw new java.io.UncheckedIOException(new IOException("the last compressed frame is cut off", e));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public InputStream nextElement() {
            if (!hasMoreElements()) {
                throw new NoSuchElementException();
            }
            byte[] frame = next;
            next = null;
            return new ZstdInputStream(new ByteArrayInputStream(frame));
        }
    }
}
