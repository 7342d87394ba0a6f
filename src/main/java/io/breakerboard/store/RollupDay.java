package io.breakerboard.store;

import io.breakerboard.metrics.RollupRecord;
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
        ByteReader in = new ByteReader(packed, 0, packed.length);
        try {
            while (in.hasMore()) {
                long minute = in.readUnsigned();
                if (minute >= MINUTES) {
                    throw new IllegalArgumentException("minute " + minute + " at offset " + in.position());
                }
                int length = in.readLength();
                byte[] state = new byte[length];
                System.arraycopy(packed, in.position(), state, 0, length);
                in.section(length);
                result.states.put((int) minute, state);
            }
        } catch (IllegalArgumentException e) {
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
        ByteWriter out = new ByteWriter(states.size() * 160);
        for (Map.Entry<Integer, byte[]> e : states.entrySet()) {
            out.writeUnsigned(e.getKey());
            out.writeUnsigned(e.getValue().length);
            out.writeBytes(e.getValue(), 0, e.getValue().length);
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
}
