package io.allywatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordReaderTest {
    /** The consumer's own exception type, as the dead-letter metric labels it. */
    static class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason);
        }
    }

    private final RecordReader<Event> events = RecordReader.events(ContractJson.mapper(), Unreadable::new);
    private final RecordReader<Article> articles = RecordReader.articles(ContractJson.mapper(), Unreadable::new);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void readsEachGoldenEvent(EventType type) {
        assertThat(events.read(GoldenExamples.eventJson(type).getBytes(StandardCharsets.UTF_8)).type()).isEqualTo(type);
    }

    @Test
    void readsTheGoldenArticle() {
        assertThat(articles.read(GoldenExamples.articleJson().getBytes(StandardCharsets.UTF_8)).text()).isNotBlank();
    }

    @Test
    void saysWhatIsWrongFirst() {
        assertReason(null, "no value");
        assertReason(new byte[0], "no value");
        assertReason(new byte[] {'{', (byte) 0xC3, '}'}, "not UTF-8");
        assertReason("{not json".getBytes(StandardCharsets.UTF_8), "not JSON");
        assertReason("[1,2]".getBytes(StandardCharsets.UTF_8), "not a JSON object");
        assertReason("{\"type\":\"AID\"}".getBytes(StandardCharsets.UTF_8), "not an Event v1");
    }

    @Test
    void anEventIsNotAnArticle() {
        byte[] event = GoldenExamples.eventJson(EventType.AID).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> articles.read(event)).isInstanceOf(Unreadable.class).hasMessageContaining("not an Article v1");
    }

    private void assertReason(byte[] value, String reason) {
        assertThatThrownBy(() -> events.read(value)).isInstanceOf(Unreadable.class).hasMessageContaining(reason);
    }

    @Test
    void theReasonForJunkSaysWhatIsWrongWithoutTheParsersInternals() {
        String reason = RecordReader.withoutParserInternals("Unexpected end-of-input: expected close marker for Object "
                + "(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])");
        assertThat(reason).isEqualTo("Unexpected end-of-input: expected close marker for Object");
        assertThat(RecordReader.withoutParserInternals("Unexpected character ('n' (code 110)): was expecting double-quote"))
                .isEqualTo("Unexpected character ('n' (code 110)): was expecting double-quote");
    }
}
