package io.breakerboard.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored bytes of an {@link ExecutionBlock}. Format version {@value #VERSION}: the version byte, the number of
 * rows and of columns, then each column ({@link BlockColumn}, in order) as its byte length and its values:
 * <ul>
 *   <li>prefixed text: per row, the number of chars shared with the row before, then the rest as UTF-8 after its
 *       byte length;</li>
 *   <li>text: a byte 0 and per row the UTF-8 byte length plus one (0 for null) and the bytes; or, when values
 *       repeat, a byte 1, the number of distinct values, each as before, and per row its index plus one (0 for
 *       null);</li>
 *   <li>number: per row, zig-zag variable-length; delta: the same of the difference to the row before.</li>
 * </ul>
 * All numbers are variable-length (seven bits a byte). The column lengths let a reader decode one column without
 * the others.
 */
final class ExecutionBlockCodec {
    static final int VERSION = 1;
    private static final int PLAIN = 0;
    private static final int DICTIONARY = 1;

    private ExecutionBlockCodec() {
    }

    static byte[] encode(ExecutionBlock block) {
        ByteWriter out = new ByteWriter(block.rows * 96 + 64);
        out.writeByte(VERSION);
        out.writeUnsigned(block.rows);
        out.writeUnsigned(BlockColumn.ALL.length);
        for (BlockColumn c : BlockColumn.ALL) {
            ByteWriter column = new ByteWriter(block.rows * 4 + 16);
            switch (c.packing) {
                case PREFIXED_TEXT -> writePrefixed(column, block.texts(c));
                case TEXT -> writeText(column, block.texts(c));
                case NUMBER -> writeNumbers(column, block.numbers(c), false);
                case DELTA -> writeNumbers(column, block.numbers(c), true);
            }
            out.writeSection(column);
        }
        return out.toByteArray();
    }

    /**
     * A block over stored bytes; its columns are decoded on first use.
     *
     * @throws StoreException naming the block when the bytes are not a block this version reads
     */
    static ExecutionBlock decode(long firstId, byte[] data) {
        try {
            ByteReader in = new ByteReader(data, 0, data.length);
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("format version " + version + ", and this build reads version "
                        + VERSION + " (was it written by a newer Breakerboard?)");
            }
            long rows = in.readUnsigned();
            long columns = in.readUnsigned();
            if (rows < 1 || rows > Integer.MAX_VALUE || columns < BlockColumn.FIRST_VERSION_COLUMNS || columns > 1_000) {
                throw new IllegalArgumentException(rows + " rows in " + columns + " columns");
            }
            ByteReader[] sections = new ByteReader[BlockColumn.ALL.length];
            for (int c = 0; c < columns; c++) {
                ByteReader section = in.section(in.readLength());
                if (c < sections.length) {
                    sections[c] = section;
                }
            }
            return ExecutionBlock.packed(firstId, (int) rows, new Packed(firstId, sections));
        } catch (IllegalArgumentException e) {
            throw damaged(firstId, e);
        }
    }

    /** The columns of one stored block, each decoded once when asked for. */
    static final class Packed {
        private final long firstId;
        private final ByteReader[] sections;

        private Packed(long firstId, ByteReader[] sections) {
            this.firstId = firstId;
            this.sections = sections;
        }

        Object decode(BlockColumn c, int rows) {
            ByteReader in = sections[c.ordinal()];
            if (in == null) {
                // A column added after the block was written (each column is decoded once, so this is not a repeat).
                return c.isText() ? new String[rows] : new long[rows];
            }
            sections[c.ordinal()] = null;
            try {
                Object values = switch (c.packing) {
                    case PREFIXED_TEXT -> readPrefixed(in, rows);
                    case TEXT -> readText(in, rows);
                    case NUMBER -> readNumbers(in, rows, false);
                    case DELTA -> readNumbers(in, rows, true);
                };
                if (in.hasMore()) {
                    throw new IllegalArgumentException("column " + c + " holds more than " + rows + " values");
                }
                return values;
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw damaged(firstId, new IllegalArgumentException("column " + c + ": " + e.getMessage(), e));
            }
        }
    }

    private static void writePrefixed(ByteWriter out, String[] values) {
        String previous = "";
        for (String value : values) {
            int shared = 0;
            int max = Math.min(previous.length(), value.length());
            while (shared < max && previous.charAt(shared) == value.charAt(shared)) {
                shared++;
            }
            if (shared > 0 && Character.isHighSurrogate(value.charAt(shared - 1))) {
                shared--; // never split a character in two
            }
            out.writeUnsigned(shared);
            out.writeUtf8Tail(value, shared);
            previous = value;
        }
    }

    private static String[] readPrefixed(ByteReader in, int rows) {
        String[] values = new String[rows];
        String previous = "";
        for (int i = 0; i < rows; i++) {
            long shared = in.readUnsigned();
            if (shared > previous.length()) {
                throw new IllegalArgumentException("row " + i + " shares " + shared + " chars with a value of "
                        + previous.length());
            }
            String rest = in.readUtf8Tail();
            values[i] = shared == 0 ? rest : previous.substring(0, (int) shared).concat(rest);
            previous = values[i];
        }
        return values;
    }

    private static void writeText(ByteWriter out, String[] values) {
        int[] indexes = new int[values.length];
        List<String> dictionary = mostlyDistinct(values) ? null : dictionary(values, indexes);
        if (dictionary == null) {
            out.writeByte(PLAIN);
            for (String v : values) {
                out.writeText(v);
            }
            return;
        }
        out.writeByte(DICTIONARY);
        out.writeUnsigned(dictionary.size());
        for (String v : dictionary) {
            out.writeText(v);
        }
        for (int index : indexes) {
            out.writeUnsigned(index);
        }
    }

    // The distinct values in order of first appearance, with each row's index plus one (0 for null) in indexes;
    // null when they are more than half the rows.
    private static List<String> dictionary(String[] values, int[] indexes) {
        Map<String, Integer> distinct = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        int limit = values.length / 2;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null) {
                continue;
            }
            Integer index = distinct.get(v);
            if (index == null) {
                if (dictionary.size() == limit) {
                    return null;
                }
                dictionary.add(v);
                index = dictionary.size();
                distinct.put(v, index);
            }
            indexes[i] = index;
        }
        return dictionary;
    }

    // Ids, tasks and sessions differ from row to row; the first values tell, before a dictionary of half the
    // block is built only to be dropped.
    private static boolean mostlyDistinct(String[] values) {
        int probe = Math.min(values.length, 64);
        if (probe < 16) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < probe; i++) {
            seen.add(values[i]);
        }
        return seen.size() > probe * 3 / 4;
    }

    private static String[] readText(ByteReader in, int rows) {
        String[] values = new String[rows];
        int layout = in.readByte();
        if (layout == PLAIN) {
            for (int i = 0; i < rows; i++) {
                values[i] = in.readText();
            }
            return values;
        }
        if (layout != DICTIONARY) {
            throw new IllegalArgumentException("unknown text layout " + layout);
        }
        int size = in.readLength();
        String[] dictionary = new String[size];
        for (int d = 0; d < size; d++) {
            dictionary[d] = in.readText();
        }
        for (int i = 0; i < rows; i++) {
            long index = in.readUnsigned();
            if (index > size) {
                throw new IllegalArgumentException("row " + i + " names value " + index + " of " + size);
            }
            values[i] = index == 0 ? null : dictionary[(int) index - 1];
        }
        return values;
    }

    private static void writeNumbers(ByteWriter out, long[] values, boolean delta) {
        long previous = 0;
        for (long v : values) {
            out.writeSigned(delta ? v - previous : v);
            previous = v;
        }
    }

    private static long[] readNumbers(ByteReader in, int rows, boolean delta) {
        long[] values = new long[rows];
        long previous = 0;
        for (int i = 0; i < rows; i++) {
            long v = in.readSigned();
            values[i] = delta ? previous + v : v;
            previous = values[i];
        }
        return values;
    }

    private static StoreException damaged(long firstId, Exception e) {
        return new StoreException("The stored executions from id " + firstId + " (table execution_block_data) are"
                + " damaged: " + e.getMessage() + ". Restore the data directory from a backup, or import the source"
                + " files again into a new data directory (--data-dir).", e);
    }
}
