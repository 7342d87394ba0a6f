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
 * A sketch store holding only the bins in use, as two sorted arrays. A minute of one agent fills a few dozen
 * bins spread over hundreds of indexes, so the library's dense stores would spend kilobytes per rollup and its
 * sparse store boxes every count; tens of thousands of rollups stay small this way.
 */
final class SortedArrayStore implements Store {
    private static final int[] NO_INDEXES = {};
    private static final double[] NO_COUNTS = {};

    private static final int MAX_DECODED_BINS = 1 << 20;

    private int[] indexes = NO_INDEXES;
    private double[] counts = NO_COUNTS;
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
            counts[at] += count;
            return;
        }
        insert(-at - 1, index, count);
    }

    private int position(int index) {
        // Executions of one minute often repeat the last bin, so try the end before searching.
        if (size > 0 && indexes[size - 1] == index) {
            return size - 1;
        }
        return Arrays.binarySearch(indexes, 0, size, index);
    }

    private void insert(int at, int index, double count) {
        if (size == indexes.length) {
            grow(Math.max(8, size + (size >> 1)));
        }
        System.arraycopy(indexes, at, indexes, at + 1, size - at);
        System.arraycopy(counts, at, counts, at + 1, size - at);
        indexes[at] = index;
        counts[at] = count;
        size++;
    }

    private void grow(int capacity) {
        indexes = Arrays.copyOf(indexes, capacity);
        counts = Arrays.copyOf(counts, capacity);
    }

    @Override
    public Store copy() {
        SortedArrayStore copy = new SortedArrayStore();
        copy.indexes = Arrays.copyOf(indexes, size);
        copy.counts = Arrays.copyOf(counts, size);
        copy.size = size;
        copy.total = total;
        return copy;
    }

    @Override
    public void clear() {
        indexes = NO_INDEXES;
        counts = NO_COUNTS;
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
        return indexes[0];
    }

    @Override
    public int getMaxIndex() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return indexes[size - 1];
    }

    @Override
    public void forEach(BinAcceptor acceptor) {
        for (int i = 0; i < size; i++) {
            acceptor.accept(indexes[i], counts[i]);
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
                Bin bin = new Bin(indexes[next], counts[next]);
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
                Bin bin = new Bin(indexes[next], counts[next]);
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
            VarEncodingHelper.encodeSignedVarLong(output, indexes[i] - previous);
            VarEncodingHelper.encodeVarDouble(output, counts[i]);
            previous = indexes[i];
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
        long bins = VarEncodingHelper.decodeUnsignedVarLong(input);
        if (bins < 0 || bins > MAX_DECODED_BINS) {
            throw new IOException("a sketch store of " + bins + " bins");
        }
        grow((int) bins);
        long index = 0;
        for (long i = 0; i < bins; i++) {
            index += VarEncodingHelper.decodeSignedVarLong(input);
            double count = VarEncodingHelper.decodeVarDouble(input);
            int at = Math.toIntExact(index);
            if (size > 0 && at <= indexes[size - 1] || count == 0) {
                add(at, count);
            } else {
                indexes[size] = at;
                counts[size] = count;
                size++;
                total += count;
            }
        }
    }

    /** Adds every bin into a dense array whose first element is bin {@code offset}; the array covers them all. */
    void addTo(double[] dense, int offset) {
        for (int i = 0; i < size; i++) {
            dense[indexes[i] - offset] += counts[i];
        }
    }
}
