package io.allywatch.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.DesignationStage;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void eventIdsHashTheCanonicalFieldsOnly() {
        assertThat(EventIds.designation("PER", DesignationStage.INTENDED))
                .isEqualTo("e-" + ArticleIds.sha256Hex("DESIGNATION|PER|MNNA|INTENDED", 12))
                .hasSize(26)
                .isNotEqualTo(EventIds.designation("PER", DesignationStage.DESIGNATED))
                .isNotEqualTo(EventIds.designation("COL", DesignationStage.INTENDED));
    }

    @Test
    void mentionIdsAddTheArticle() {
        String event = EventIds.designation("PER", DesignationStage.INTENDED);

        assertThat(EventIds.mention(event, "a-1")).isEqualTo("m-" + ArticleIds.sha256Hex(event + "|a-1", 12))
                .isNotEqualTo(EventIds.mention(event, "a-2"));
    }
}
