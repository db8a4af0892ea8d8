package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who takes part, who gives and who receives: the rules that tell the parties of an event from
 * the other countries a sentence names (places, topics, critics, datelines, lists, earlier
 * sentences).
 */
class ParticipantsTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a place is not a party when two others are named
            "en|The US Army will train Ukrainian soldiers in Germany under a new program, the Pentagon said.|UKR,USA|TRAINING",
            // a critic is not a party
            "de|Auch China kritisierte die Militärübung, an der 300.000 Soldaten aus Südkorea und 17.000 aus den USA teilnehmen.|KOR,USA|EXERCISE",
            // a dateline is not a party
            "de|Kiew/Moskau – Der US-Senat hat bei der Billigung des Militärhaushalts auch Waffenlieferungen an die Ukraine abgesegnet.|UKR,USA|ARMS_TRANSFER",
            // an American office names its country
            "en|Defense Secretary Lloyd Austin met his Indian counterpart in New Delhi on Monday to discuss closer military ties.|IND,USA|MEETING",
            // German adjectives in every ending
            "de|Die Bundeswehr und die polnische Armee hielten ein gemeinsames Manöver an der Ostsee ab.|DEU,POL|EXERCISE",
            "fr|Les armées française et marocaine ont mené des exercices militaires conjoints dans le sud du Maroc.|FRA,MAR|EXERCISE"})
    void thePartiesAreTheCountriesThatTakePart(String lang, String text, String actors, String kind) {
        List<CooperationEvent> found = cooperation(text);

        assertThat(found).extracting(e -> String.join(",", e.actors()) + "|" + e.kind()).containsExactly(actors + "|" + kind);
        assertThat(found.get(0).evidence().lang()).isEqualTo(lang);
    }

    @Test
    void theTopicOfTalksIsNoParty() {
        assertThat(cooperation("Verteidigungsminister Pistorius traf am Dienstag in Washington seinen amerikanischen Kollegen im Pentagon "
                + "zu Gesprächen über die Ukraine.")).noneMatch(e -> e.actors().contains("UKR"));
    }

    @Test
    void theTwoSidesAreThePartiesOfTheSentenceBefore() {
        List<CooperationEvent> found = cooperation("Defense Secretary Lloyd Austin met his Indian counterpart in New Delhi on Monday. "
                + "The two sides also signed a defense cooperation agreement covering logistics.");

        assertThat(found).extracting(e -> String.join(",", e.actors()) + "|" + e.kind())
                .contains("IND,USA|AGREEMENT");
    }

    @Test
    void armsSalesRetoldInAnInquiryAreBackground() {
        assertThat(cooperation("The committee investigating the affair heard testimony on Tuesday. "
                + "Poindexter said the arms sales to Iran were approved by the president. "
                + "The prosecutor said profits from the Iran arms deal were diverted.")).isEmpty();
    }

    @Test
    void airlinersAreNoArms() {
        assertThat(cooperation("British Aerospace said it would announce the sale of 18 jets to four airlines, two of them in the United States.")).isEmpty();
    }

    @Test
    void aListJoinedAsHoldersOfTheStatusIsDesignatedEachOne() {
        List<DesignationEvent> found = events("President Trump intends to designate Peru as a major non-NATO ally. "
                + "In Latin America, Peru would join Argentina, Colombia, and Brazil as countries with the designation.")
                .stream().filter(DesignationEvent.class::isInstance).map(DesignationEvent.class::cast).toList();

        assertThat(found).extracting(d -> d.country() + "|" + d.stage() + "|" + d.historical())
                .containsExactlyInAnyOrder("PER|INTENDED|false", "ARG|DESIGNATED|true", "COL|DESIGNATED|true", "BRA|DESIGNATED|true");
    }

    @Test
    void eachAmountOfASentenceGoesToItsOwnRecipient() {
        List<AidEvent> aid = aid("The House Appropriations Committee approved 300 mln dlrs in economic aid for four Central American states, "
                + "50 mln dlrs to black-led states neighbouring South Africa and 50 mln dlrs in military assistance for the Philippines.");

        assertThat(aid).extracting(a -> a.recipient() + "|" + a.amount().stripTrailingZeros().toPlainString())
                .containsExactly("PHL|50000000");
        assertThat(aid.get(0).donor()).isEqualTo("USA"); // the House is American; South Africa gives nothing here
    }

    @Test
    void aidWithNoCountryGoesToTheArticlesRecipient() {
        List<AidEvent> aid = aid("The House voted to block 40 mln dlrs in military aid to the Nicaraguan rebels. "
                + "Leaders said they can win a battle expected this fall over 105 mln dlrs in new aid Reagan is requesting.");

        assertThat(aid).extracting(a -> a.recipient() + "|" + a.amount().stripTrailingZeros().toPlainString() + "|" + a.status())
                .containsExactlyInAnyOrder("NIC|40000000|PLANNED", "NIC|105000000|REQUESTED");
        assertThat(aid).filteredOn(a -> a.amount().compareTo(new BigDecimal("105000000")) == 0).singleElement()
                .satisfies(a -> assertThat(a.confidence()).isLessThan(0.8)); // carried over: less sure
    }

    @Test
    void theCountryThatOpensTheSentenceGivesByTheVerb() {
        assertThat(aid("Deutschland hat der Ukraine im Jahr 2024 Militärhilfe in Höhe von 7,1 Mrd. Euro zugesagt."))
                .extracting(a -> a.donor() + "|" + a.recipient() + "|" + a.year()).containsExactly("DEU|UKR|2024");
        assertThat(aid("Japan should double its official development assistance to 7.6 billion dlrs in five years, the party said.")).isEmpty();
    }

    @Test
    void aYearSaidAfterAnotherAmountIsThatAmountsYear() {
        List<AidEvent> aid = aid("The vote guaranteed that 40 mln dlrs -- the final installment of a 100 mln-dlr aid package approved "
                + "by Congress last year -- would reach the rebels fighting the Managua government.");

        assertThat(aid).extracting(a -> a.amount().stripTrailingZeros().toPlainString() + "|" + a.year() + "|" + a.status())
                .containsExactlyInAnyOrder("40000000|null|PLANNED", "100000000|2023|ACTUAL");
    }

    private List<CooperationEvent> cooperation(String text) {
        return events(text).stream().filter(CooperationEvent.class::isInstance).map(CooperationEvent.class::cast).toList();
    }

    private List<AidEvent> aid(String text) {
        return events(text).stream().filter(AidEvent.class::isInstance).map(AidEvent.class::cast).toList();
    }

    private List<Event> events(String text) {
        return engine.extract(new Article(null, null, null, null, Instant.parse("2024-06-12T00:00:00Z"), null, text, null)).events();
    }
}
