package io.breakerboard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of an open file from its start up to an end, read by position: the channel's own position is left
 * alone and closing the stream leaves the channel open, so a followed file can be read again from its start
 * while the tailer keeps it.
 */
final class ChannelRange extends InputStream {
    private final FileChannel channel;
    private final long end;
    private long position;

    ChannelRange(FileChannel channel, long end) {
        this.channel = channel;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int got = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
        if (got < 0) {
            return -1;
        }
        position += got;
        return got;
    }
}
