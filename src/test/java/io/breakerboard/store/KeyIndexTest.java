package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void findsEveryIdAddedAfterGrowingManyTimes() {
        KeyIndex index = new KeyIndex(0);
        for (long id = 1; id <= 100_000; id++) {
            index.add(KeyHash.of("key-" + id), id);
        }

        assertThat(index.size()).isEqualTo(100_000);
        for (long id = 1; id <= 100_000; id += 997) {
            assertThat(index.idsOf(KeyHash.of("key-" + id))).containsExactly(id);
        }
        assertThat(index.contains(KeyHash.of("key-0"))).isFalse();
        assertThat(index.idsOf(KeyHash.of("key-100001"))).isEmpty();
    }

    @Test
    void takesAboutTwelveBytesAnIdWhileGrowingAndTellsUnknownHashesApart() {
        SplittableRandom random = new SplittableRandom(11);
        KeyIndex index = new KeyIndex(0);
        long[] some = new long[1_000];
        for (long id = 1; id <= 2_000_000; id++) {
            long hash = random.nextLong();
            index.add(hash, id);
            if (id % 2_000 == 0) {
                some[(int) (id / 2_000) - 1] = hash;
                assertThat(index.footprint()).as("bytes for %d ids", id).isLessThanOrEqualTo(16 * id + 512 * 1_024);
            }
        }
        assertThat(index.footprint()).isLessThan(14L * 2_000_000);
        for (int i = 0; i < some.length; i++) {
            assertThat(index.idsOf(some[i])).contains((i + 1) * 2_000L);
        }
        int falseHits = 0;
        for (int i = 0; i < 1_000_000; i++) {
            falseHits += index.contains(random.nextLong()) ? 1 : 0;
        }
        assertThat(falseHits).as("unknown hashes taken for stored ones (about 2 expected)").isLessThan(20);
    }

    @Test
    void sizedForTheStoredIdsItTakesAboutTwelveBytesEach() {
        KeyIndex index = new KeyIndex(1_000_000);
        SplittableRandom random = new SplittableRandom(12);
        for (long id = 1; id <= 1_000_000; id++) {
            index.add(random.nextLong(), id);
        }

        assertThat(index.footprint()).as("bytes for a million ids loaded at start").isBetween(11_000_000L, 13_500_000L);
    }

    @Test
    void refusesIdsItCannotHold() {
        KeyIndex index = new KeyIndex(0);
        index.add(1, KeyIndex.MAX_ID);

        assertThat(index.idsOf(1)).containsExactly(KeyIndex.MAX_ID);
        assertThatThrownBy(() -> index.add(2, KeyIndex.MAX_ID + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(KeyIndex.MAX_ID + 1));
        assertThatThrownBy(() -> index.add(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHashSharedByTwoKeysLeadsToBothIds() {
        KeyIndex index = new KeyIndex(4);
        index.add(7, 1);
        index.add(7 + 16, 2);
        index.add(7, 3);

        assertThat(index.idsOf(7)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(index.idsOf(7 + 16)).containsExactly(2L);
        assertThat(index.contains(8)).isFalse();
    }
}
