package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.ArticleIds;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void everyAddedIdIsMaybeSeenAndFewOthersAre() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < 200_000; i++) {
            seen.add(ArticleIds.forText("article " + i));
        }
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.mightContain(ArticleIds.forText("article " + i))).isTrue();
        }
        int falseMaybes = 0;
        for (int i = 0; i < 100_000; i++) {
            if (seen.mightContain(ArticleIds.forText("never added " + i))) {
                falseMaybes++;
            }
        }
        // expected ~0.001% at 200,000 ids: a handful at most
        assertThat(falseMaybes).isLessThan(100);
    }

    @Test
    void idsThatAreNotHexStillWork() {
        SeenIds seen = new SeenIds();
        seen.add("x");
        seen.add("not-an-article-id-at-all");
        assertThat(seen.mightContain("x")).isTrue();
        assertThat(seen.mightContain("not-an-article-id-at-all")).isTrue();
    }
}
