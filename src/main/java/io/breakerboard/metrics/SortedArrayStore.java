package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.encoding.BinEncodingMode;
import com.datadoghq.sketch.ddsketch.encoding.Flag;
import com.datadoghq.sketch.ddsketch.encoding.Input;
import com.datadoghq.sketch.ddsketch.encoding.Output;
import com.datadoghq.sketch.ddsketch.encoding.VarEncodingHelper;
import com.datadoghq.sketch.ddsketch.store.Bin;
import com.datadoghq.sketch.ddsketch.store.BinAcceptor;
import com.datadoghq.sketch.ddsketch.store.Store;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A sketch store holding only the bins in use, sorted, each in one {@code long}: the bin index in the high half,
 * its count in the low half. A minute of one agent fills a few dozen bins spread over hundreds of indexes, so the
 * library's dense stores would spend kilobytes per rollup and its sparse store boxes every count; tens of thousands
 * of rollups stay small this way (8 bytes a bin, see {@code docs/decisions/0027-memory-bounded-by-design.md}).
 * Counts are whole numbers below 2<sup>32</sup> in every use here; a store given any other count keeps its counts
 * as {@code double}s from then on.
 */
final class SortedArrayStore implements Store {
    private static final long[] NO_BINS = {};
    private static final long COUNT_MASK = 0xffff_ffffL;

    private static final int MAX_DECODED_BINS = 1 << 20;

    /** Index in the high 32 bits, so the longs sort by index; count in the low 32 bits unless {@link #wide}. */
    private long[] bins = NO_BINS;
    /** The counts, when one did not fit the low half; null until then. */
    private double[] wide;
    private int size;
    private double total;

    @Override
    public void add(int index) {
        add(index, 1.0);
    }

    @Override
    public void add(int index, double count) {
        if (count == 0) {
            return;
        }
        total += count;
        int at = position(index);
        if (at >= 0) {
            setCount(at, count(at) + count);
            return;
        }
        insert(-at - 1, index, count);
    }

    private int position(int index) {
        // Executions of one minute often repeat the last bin, so try the end before searching.
        if (size > 0 && index(size - 1) == index) {
            return size - 1;
        }
        // The key is the index with a count of 0: the search lands on the bin of that index, if there is one.
        int found = Arrays.binarySearch(bins, 0, size, (long) index << 32);
        int at = found >= 0 ? found : -found - 1;
        return at < size && index(at) == index ? at : -at - 1;
    }

    private int index(int at) {
        return (int) (bins[at] >> 32);
    }

    private double count(int at) {
        return wide != null ? wide[at] : (double) (bins[at] & COUNT_MASK);
    }

    private void setCount(int at, double count) {
        if (wide == null && !(count >= 0 && count <= COUNT_MASK && count == Math.rint(count))) {
            widen();
        }
        if (wide != null) {
            wide[at] = count;
        } else {
            bins[at] = (bins[at] & ~COUNT_MASK) | (long) count;
        }
    }

    private void widen() {
        wide = new double[bins.length];
        for (int i = 0; i < size; i++) {
            wide[i] = bins[i] & COUNT_MASK;
            bins[i] &= ~COUNT_MASK;
        }
    }

    private void insert(int at, int index, double count) {
        if (size == bins.length) {
            // A quarter more each time: bins are added one by one, and slack costs memory in every rollup.
            grow(Math.max(4, size + (size >> 2) + 2));
        }
        System.arraycopy(bins, at, bins, at + 1, size - at);
        if (wide != null) {
            System.arraycopy(wide, at, wide, at + 1, size - at);
        }
        bins[at] = (long) index << 32;
        size++;
        setCount(at, count);
    }

    private void grow(int capacity) {
        bins = Arrays.copyOf(bins, capacity);
        if (wide != null) {
            wide = Arrays.copyOf(wide, capacity);
        }
    }

    @Override
    public Store copy() {
        SortedArrayStore copy = new SortedArrayStore();
        copy.bins = Arrays.copyOf(bins, size);
        copy.wide = wide == null ? null : Arrays.copyOf(wide, size);
        copy.size = size;
        copy.total = total;
        return copy;
    }

    @Override
    public void clear() {
        bins = NO_BINS;
        wide = null;
        size = 0;
        total = 0;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public double getTotalCount() {
        return total;
    }

    @Override
    public int getMinIndex() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return index(0);
    }

    @Override
    public int getMaxIndex() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return index(size - 1);
    }

    @Override
    public void forEach(BinAcceptor acceptor) {
        for (int i = 0; i < size; i++) {
            acceptor.accept(index(i), count(i));
        }
    }

    @Override
    public Iterator<Bin> getAscendingIterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Bin next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                Bin bin = new Bin(index(next), count(next));
                next++;
                return bin;
            }
        };
    }

    @Override
    public Iterator<Bin> getDescendingIterator() {
        return new Iterator<>() {
            private int next = size - 1;

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public Bin next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                Bin bin = new Bin(index(next), count(next));
                next--;
                return bin;
            }
        };
    }

    /** Writes the library's own bin encoding, so {@code DDSketch.decode} reads it back into any store. */
    @Override
    public void encode(Output output, Flag.Type storeFlagType) throws IOException {
        if (size == 0) {
            return;
        }
        BinEncodingMode.INDEX_DELTAS_AND_COUNTS.toFlag(storeFlagType).encode(output);
        VarEncodingHelper.encodeUnsignedVarLong(output, size);
        long previous = 0;
        for (int i = 0; i < size; i++) {
            VarEncodingHelper.encodeSignedVarLong(output, index(i) - previous);
            VarEncodingHelper.encodeVarDouble(output, count(i));
            previous = index(i);
        }
    }

    /**
     * Reads bins the way the library does, but sized once and appended in order: restoring tens of thousands of
     * rollups at start-up is dominated by this loop.
     */
    @Override
    public void decodeAndMergeWith(Input input, BinEncodingMode encodingMode) throws IOException {
        if (encodingMode != BinEncodingMode.INDEX_DELTAS_AND_COUNTS || size != 0) {
            Store.super.decodeAndMergeWith(input, encodingMode);
            return;
        }
        long binCount = VarEncodingHelper.decodeUnsignedVarLong(input);
        if (binCount < 0 || binCount > MAX_DECODED_BINS) {
            throw new IOException("a sketch store of " + binCount + " bins");
        }
        grow((int) binCount);
        long index = 0;
        for (long i = 0; i < binCount; i++) {
            index += VarEncodingHelper.decodeSignedVarLong(input);
            double count = VarEncodingHelper.decodeVarDouble(input);
            int at = Math.toIntExact(index);
            if (size > 0 && at <= index(size - 1) || count == 0) {
                add(at, count);
            } else {
                bins[size] = (long) at << 32;
                size++;
                setCount(size - 1, count);
                total += count;
            }
        }
    }

    /** Adds every bin into a dense array whose first element is bin {@code offset}; the array covers them all. */
    void addTo(double[] dense, int offset) {
        for (int i = 0; i < size; i++) {
            dense[index(i) - offset] += count(i);
        }
    }
}
