package io.allywatch.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {
    private final TextSegmenter segmenter = new TextSegmenter();

    private List<Sentence> split(String text) {
        List<Sentence> sentences = segmenter.contentSentences(text, text.length());
        sentences.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        return sentences;
    }

    @Test
    void everyLineEndsASentenceAndHeadlinesAreMarked() {
        List<Sentence> sentences = split("Trump to name Peru a major non-NATO ally amid anti-drug push\n"
                + "  Trump has been looking to rally more governments. In Peru, the status offers a boost.  \n");

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Trump to name Peru a major non-NATO ally amid anti-drug push",
                "Trump has been looking to rally more governments.",
                "In Peru, the status offers a boost.");
        assertThat(sentences).extracting(Sentence::headlineLike).containsExactly(true, false, false);
        assertThat(sentences.get(1).start()).isEqualTo(63);
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        List<Sentence> sentences = split("U.S. President Joe Biden met Michael F. Miller on Oct. 7 in Washington, D.C. and left. "
                + "“This has been a very horrifying moment,” said Duque. Mr. Panetta agreed!");

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "U.S. President Joe Biden met Michael F. Miller on Oct. 7 in Washington, D.C. and left.",
                "“This has been a very horrifying moment,” said Duque.",
                "Mr. Panetta agreed!");
    }

    @Test
    void germanAndSwissScaleAbbreviationsDoNotEndSentences() {
        List<Sentence> sentences = split("Es werden 500 Mill. Dollar bereitgestellt. Die Schweiz gibt 1,5 Mia. Franken. Das sind 2 Mio. Euro mehr.");

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Es werden 500 Mill. Dollar bereitgestellt.", "Die Schweiz gibt 1,5 Mia. Franken.", "Das sind 2 Mio. Euro mehr.");
    }

    @Test
    void aGermanDayOfTheMonthDoesNotEndASentence() {
        List<Sentence> sentences = split("Bis zum 7. März ging Material im Wert von 37 Millionen Euro an die Armee. Am 1. Jänner folgte mehr. "
                + "Es waren 7. Danach kam nichts.");

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Bis zum 7. März ging Material im Wert von 37 Millionen Euro an die Armee.",
                "Am 1. Jänner folgte mehr.",
                "Es waren 7.",
                "Danach kam nichts.");
    }

    @Test
    void boilerplateLinesAndEverythingAfterAnEndMarkerAreDropped() {
        List<Sentence> sentences = split("Peru and Chile held talks on trade this week.\n"
                + "This slideshow requires JavaScript.\n"
                + "Twitter picture\n"
                + "-\n"
                + "Subscribe for Print or Digital delivery today!\n"
                + "Colombia and Ecuador signed a border agreement on Monday.\n"
                + "Leave a Reply\n"
                + "Argentina gained this status in 1998 and Brazil in 2019.\n");

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Peru and Chile held talks on trade this week.",
                "Colombia and Ecuador signed a border agreement on Monday.");
    }

    @Test
    void longRunsAreCutAtSpacesWithinTheLimit() {
        String text = "word ".repeat(1_000) + "x".repeat(2_500);

        List<Sentence> sentences = split(text);

        assertThat(sentences).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(TextSegmenter.DEFAULT_MAX_SENTENCE_CHARS));
        assertThat(sentences.get(0).text()).endsWith("word");
        assertThat(sentences.stream().mapToInt(s -> s.text().replace(" ", "").length()).sum()).isEqualTo(4 * 1_000 + 2_500);
    }

    @Test
    void theLimitStopsReading() {
        String text = "Peru and Chile held talks on trade this week.\nColombia and Ecuador signed a border deal.";

        assertThat(segmenter.contentSentences(text, 46)).extracting(Sentence::text)
                .containsExactly("Peru and Chile held talks on trade this week.");
    }

    @Test
    void crlfAndNoBreakSpacesAreSpace() {
        List<Sentence> sentences = split("\u00A0Peru and Chile held talks on trade.\r\n\r\nColombia and Ecuador signed a deal.\u00A0\r\n");

        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Peru and Chile held talks on trade.", "Colombia and Ecuador signed a deal.");
    }
}
