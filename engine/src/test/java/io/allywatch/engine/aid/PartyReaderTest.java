package io.allywatch.engine.aid;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.aid.PartyReader.Pick;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.money.MoneyFinder;
import io.allywatch.engine.money.MoneyMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who gives and who gets one amount of one sentence, read apart from the rest of the aid rules. */
class PartyReaderTest {

    private static PartyReader reader(String lang) {
        return new PartyReader(lang, AidCues.forLanguage(lang), CountryGazetteer.forLanguage(lang));
    }

    private static Pick[] donorAndRecipient(String lang, String text) {
        PartyReader who = reader(lang);
        MoneyMention m = new MoneyFinder(lang).find(text).get(0);
        List<Party> parties = who.parties(text);
        Pick recipient = who.recipient(text, parties, m, 0, text.length());
        Pick donor = who.donor(text, parties, recipient == null ? null : recipient.code(), m);
        return new Pick[] {donor, recipient};
    }

    private static Party named(PartyReader who, String text, String code) {
        return who.parties(text).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theOneGivenToAndTheSubjectThatGives() {
        Pick[] picks = donorAndRecipient("en", "Japan will lend $500 million to Indonesia for power plants.");

        assertThat(picks[0]).isEqualTo(Pick.strong("JPN"));
        assertThat(picks[1]).isEqualTo(Pick.strong("IDN"));
    }

    @Test
    void germanObjectAfterTheFiniteVerbIsGivenToNotGiving() {
        String text = "Die EU will Moldawien im Jahr 2024 50 Millionen Euro überweisen.";
        PartyReader who = reader("de");

        assertThat(who.givesAsSubject(text, named(who, text, "EUU"))).isTrue();
        assertThat(who.givesAsSubject(text, named(who, text, "MDA"))).isFalse();
        assertThat(donorAndRecipient("de", text)[1]).isEqualTo(Pick.strong("MDA"));
    }

    @Test
    void aPassiveVerbMakesItsSubjectTheOneWhoGets() {
        String text = "Senegal was given a 5.5 mln dlrs loan by the World Bank.";
        PartyReader who = reader("en");

        assertThat(who.givesAsSubject(text, named(who, text, "SEN"))).isFalse();
    }

    @Test
    void theAidsOwnAdjectiveIsItsGiver() {
        Pick[] picks = donorAndRecipient("fr", "L'aide militaire française au Mali atteindra 30 millions d'euros.");

        assertThat(picks[0]).isEqualTo(Pick.strong("FRA"));
        assertThat(picks[1]).isEqualTo(Pick.strong("MLI"));
    }

    @Test
    void aPortugueseSentenceOpeningWithTheArticleAIsNoPrepositionA() {
        // "A Casa Branca informou …": the article of the subject, not "a" (to) before the one who gets
        String text = "A Casa Branca informou que os EUA ofereceriam até 500 milhões de dólares.";
        PartyReader who = reader("pt");

        assertThat(who.led(text, named(who, text, "USA"), 0, AidCues.PORTUGUESE.to())).isFalse();
        assertThat(donorAndRecipient("pt", text)[1]).isNull();
        String given = "Os EUA ofereceram 500 milhões de dólares a Moçambique.";
        assertThat(who.led(given, named(who, given, "MOZ"), 0, AidCues.PORTUGUESE.to())).isTrue();
        // mid-sentence too, where the verb of giving follows the country: "a Austrália anuncia"
        String announces = "Segundo o ministro, a Austrália anuncia 35 milhões de dólares australianos para a cooperação policial.";
        assertThat(who.led(announces, named(who, announces, "AUS"), 0, AidCues.PORTUGUESE.to())).isFalse();
        assertThat(who.givesAsSubject(announces, named(who, announces, "AUS"))).isTrue();
    }

    @Test
    void whereSomeoneTravelsIsNotWhereTheMoneyGoes() {
        Pick[] picks = donorAndRecipient("es", "Washington ha prometido 300 millones de dólares de apoyo a esa iniciativa, que se retrasó "
                + "cuando el líder haitiano viajaba a Kenia en marzo.");

        assertThat(picks[1]).isNotEqualTo(Pick.strong("KEN"));
    }

    @Test
    void aDatelineAndACompanyNameAreNoParties() {
        String text = "TOKYO, Japan - The Royal Bank of Canada lent Chile $20 million.";

        assertThat(reader("en").parties(text)).extracting(Party::code).containsExactly("CHL");
    }

    @Test
    void anAmountSharedBySeveralHasNoOneRecipient() {
        Pick[] picks = donorAndRecipient("en", "The $40 million will go to El Salvador, Honduras, Guatemala and Costa Rica, the State Department said.");

        assertThat(picks[1]).isNull();
    }

    @Test
    void countsWords() {
        assertThat(PartyReader.words("US military aid to Peru", 0, 16)).isEqualTo(3);
        assertThat(PartyReader.words("abc", 2, 1)).isZero();
    }
}
