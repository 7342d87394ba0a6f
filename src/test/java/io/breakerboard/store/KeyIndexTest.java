package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;

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
