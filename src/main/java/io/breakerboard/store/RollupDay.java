package io.breakerboard.store;

import io.breakerboard.metrics.RollupRecord;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The saved rollups of one agent in one UTC day, packed into one value of {@code rollup_days.minutes}: for each
 * minute in order, the minute of the day and the length of its state as unsigned varints, then the state.
 */
final class RollupDay {
    static final int MINUTES = 1_440;

    private final String agent;
    private final long day;
    private final TreeMap<Integer, byte[]> states = new TreeMap<>();

    RollupDay(String agent, long day) {
        this.agent = agent;
        this.day = day;
    }

    static long dayOf(long minute) {
        return Math.floorDiv(minute, MINUTES);
    }

    /** Reads a packed value; names the agent and day when it is damaged. */
    static RollupDay unpack(String agent, long day, byte[] packed) {
        RollupDay result = new RollupDay(agent, day);
        int[] pos = {0};
        try {
            while (pos[0] < packed.length) {
                int minute = (int) varint(packed, pos);
                int length = (int) varint(packed, pos);
                if (minute < 0 || minute >= MINUTES || length < 0 || length > packed.length - pos[0]) {
                    throw new IllegalArgumentException("minute " + minute + ", " + length + " bytes at offset " + pos[0]);
                }
                byte[] state = new byte[length];
                System.arraycopy(packed, pos[0], state, 0, length);
                pos[0] += length;
                result.states.put(minute, state);
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new StoreException("The saved rollups of agent '" + agent + "' for day " + day + " are damaged ("
                    + e.getMessage() + "). Delete the data directory's rollups (table rollup_days) to rebuild them.", e);
        }
        return result;
    }

    /** Adds or replaces a minute of this agent and day. */
    void put(RollupRecord record) {
        states.put((int) (record.minute() - day * MINUTES), record.state());
    }

    byte[] pack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(states.size() * 160);
        for (Map.Entry<Integer, byte[]> e : states.entrySet()) {
            writeVarint(out, e.getKey());
            writeVarint(out, e.getValue().length);
            out.writeBytes(e.getValue());
        }
        return out.toByteArray();
    }

    List<RollupRecord> records() {
        List<RollupRecord> records = new ArrayList<>(states.size());
        for (Map.Entry<Integer, byte[]> e : states.entrySet()) {
            records.add(new RollupRecord(agent, day * MINUTES + e.getKey(), e.getValue()));
        }
        return records;
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long varint(byte[] in, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in[pos[0]++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a number runs past 64 bits at offset " + pos[0]);
    }
}
