package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.Bin;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact store must behave exactly like the library's dense one. */
class SortedArrayStoreTest {

    @Test
    void holdsTheSameBinsAsTheLibraryStore() {
        SortedArrayStore compact = new SortedArrayStore();
        UnboundedSizeDenseStore dense = new UnboundedSizeDenseStore();
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            int index = random.nextInt(600) - 100;
            compact.add(index);
            dense.add(index);
        }

        assertThat(bins(compact)).isEqualTo(bins(dense));
        assertThat(compact.getTotalCount()).isEqualTo(dense.getTotalCount());
        assertThat(compact.getMinIndex()).isEqualTo(dense.getMinIndex());
        assertThat(compact.getMaxIndex()).isEqualTo(dense.getMaxIndex());
        assertThat(bins(compact.copy())).isEqualTo(bins(dense));
    }

    @Test
    void countsThatAreNotSmallWholeNumbersAreKeptExactly() {
        SortedArrayStore compact = new SortedArrayStore();
        UnboundedSizeDenseStore dense = new UnboundedSizeDenseStore();
        Random random = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            int index = random.nextInt(300) - 50;
            double count = switch (i) {
                case 1_000 -> 0.25;
                case 1_500 -> 6e9;
                default -> random.nextInt(3) + 1;
            };
            compact.add(index, count);
            dense.add(index, count);
            if (i == 999) {
                assertThat(bins(compact)).as("before any count needs a double").isEqualTo(bins(dense));
            }
        }

        assertThat(bins(compact)).isEqualTo(bins(dense));
        assertThat(compact.getTotalCount()).isEqualTo(dense.getTotalCount());
        assertThat(bins(compact.copy())).isEqualTo(bins(dense));
    }

    @Test
    void itsEncodingReadsBackIntoEitherStore() throws Exception {
        DDSketch sketch = DurationSketch.forRollup();
        Random random = new Random(4);
        for (int i = 0; i < 500; i++) {
            sketch.accept(random.nextInt(10) == 0 ? 0 : Math.exp(random.nextGaussian() * 2 + 10));
        }
        GrowingByteArrayOutput out = GrowingByteArrayOutput.withDefaultInitialCapacity();
        sketch.encode(out, true);

        DDSketch compact = DDSketch.decode(ByteArrayInput.wrap(out.trimmedCopy()), SortedArrayStore::new, DurationSketch.MAPPING);
        DDSketch dense = DDSketch.decode(ByteArrayInput.wrap(out.trimmedCopy()), UnboundedSizeDenseStore::new, DurationSketch.MAPPING);

        assertThat(compact.getCount()).isEqualTo(500);
        assertThat(bins(compact.getPositiveValueStore())).isEqualTo(bins(sketch.getPositiveValueStore()));
        assertThat(bins(dense.getPositiveValueStore())).isEqualTo(bins(sketch.getPositiveValueStore()));
        assertThat(compact.getValueAtQuantile(0.5)).isEqualTo(sketch.getValueAtQuantile(0.5));
    }

    private static List<Bin> bins(com.datadoghq.sketch.ddsketch.store.Store store) {
        List<Bin> bins = new ArrayList<>();
        store.getAscendingIterator().forEachRemaining(bins::add);
        List<Bin> descending = new ArrayList<>();
        store.getDescendingIterator().forEachRemaining(b -> descending.add(0, b));
        assertThat(descending).isEqualTo(bins);
        return bins;
    }
}
