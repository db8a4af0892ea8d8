package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who gives aid to whom, read from the grammar of real reports in five languages, and amounts
 * that are no aid. Each case is one construction; the real-text evaluation set measures them.
 */
class AidReadingTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a German dative object, not a genitive ("Kritikpunkte der USA")
            "de|Bislang hat Deutschland der Ukraine mit über 15 Milliarden Euro geholfen.|DEU|UKR|15000000000",
            "de|Insgesamt würden nun 195 Millionen Dollar Militärhilfe überwiesen, weil Ägypten auf Kritikpunkte der USA eingegangen sei, erklärte ein Vertreter des US-Aussenministeriums in Washington.|USA|EGY|195000000",
            // supported with an amount
            "de|Die Vereinigten Staaten haben die Ukraine mit über 88 Milliarden Euro unterstützt.|USA|UKR|88000000000",
            // the verb's subject is the nearest party of its clause, not one of a clause before
            "en|Since 2014, when Russian forces annexed Crimea, Washington has pledged Kyiv upwards of $2 billion in security assistance.|USA|UKR|2000000000",
            // a branch of the US government giving, the recipient by its adjective
            "en|Congress is preparing to provide about $95 million more to train and equip two Colombian brigades.|USA|COL|95000000",
            // "recipient" before the amount wins over "getting" after it
            "en|Israel would stay the biggest recipient of American foreign assistance, with $3 billion in economic and military assistance, while Egypt would go on getting its yearly $2.1 billion in aid.|USA|ISR|3000000000",
            // "in U.S. aid" is the donor's adjective, not a place
            "en|Jordan got $7.2 million in U.S. aid last year.|USA|JOR|7200000",
            // an institution as the subject, a verb of paying out
            "fr|L'Union européenne débourse 5 millions d'euros pour équiper en armes le Niger.|EUU|NER|5000000",
            "es|La Unión Europea dedicará 30 millones de euros adicionales a Colombia para atender el éxodo.|EUU|COL|30000000",
            // Portuguese "destina-se" is no conditional "se"
            "pt|O apoio da UE destina-se às Forças Armadas Moçambicanas, através de uma medida de assistência de 89 milhões de euros.|EUU|MOZ|89000000",
            "fr|Selon Reuters, il est question d'un prêt de 500 millions de dollars des États-Unis au profit de Tunis.|USA|TUN|500000000",
            // a UN agency gives; Mozambique is only where the displaced come from
            "en|The FAO said 583,225 dlrs of aid will be made available to Malawi to feed 96,700 people displaced from Mozambique.|UNO|MWI|583225",
            // "to the country": the country the article is about
            "en|Canada will help Ukraine. Ukraine faces Russia's invasion. Canada is allocating $100 million in humanitarian aid to the country.|CAN|UKR|100000000",
            // the Soviet Union by its ISO 3166-3 code, not Russia
            "en|The Soviet Union gave Nicaragua 50 mln dlrs in military aid last year.|SUN|NIC|50000000",
            // a country that receives as the subject of the verb, the amount its object (the donor is the article's one giver)
            "en|The U.S. Is to lend Sudan 57 mln dlrs to buy wheat, according to an agreement signed here. Under the agreement Sudan will receive 50 mln dlrs for the commodities.|USA|SDN|50000000",
            // an amount in words, no digit in it
            "de|Die EU will der Türkei helfen. So könne allein die Türkei von der EU mit bis zu einer Milliarde Euro Hilfe rechnen.|EUU|TUR|1000000000",
            // aid for the victims of a disaster: a purpose of aid, so the one country left may be its recipient
            "pt|Para comprar alimentos destinados às vítimas do ciclone que devastou o centro de Moçambique, o Governo do Japão vai desembolsar 7,9 milhões de dólares.|JPN|MOZ|7900000",
            // a country named as the one given to, although its officials sign
            "en|American and Israeli officials signed a memorandum to give Israel $38 billion in military aid over 10 years, $5 billion of it for missile defense.|USA|ISR|5000000000"})
    void readsWhoGivesToWhom(String lang, String text, String donor, String recipient, String amount) {
        List<AidEvent> aid = aid(text, lang);

        assertThat(aid).as(text).anySatisfy(a -> {
            assertThat(a.donor()).isEqualTo(donor);
            assertThat(a.recipient()).isEqualTo(recipient);
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal(amount));
        });
    }

    @org.junit.jupiter.api.Test
    void anAmountWithoutItsCurrencyTakesTheOneTheArticleSpeaks() {
        String text = "Sánchez anunció que España movilizará 817 millones de ayuda militar a Ucrania.\n\n"
                + "El presidente del Gobierno anunció que España movilizará 615 millones de euros para el apoyo militar a Ucrania "
                + "y otros 202 millones para su reconstrucción.";

        assertThat(aid(text, "es")).extracting(a -> a.amount().longValueExact() + " " + a.currency())
                .contains("817000000 EUR", "615000000 EUR", "202000000 EUR");
    }

    @org.junit.jupiter.api.Test
    void aidNamedWithNoOneToGetItGoesToTheCountryTheArticleIsAbout() {
        String text = "Tunisia's president visits Washington.\n\nTunisia has been a model of transition since 2011. "
                + "Tunisia faces attacks at its border with Libya.\n\nThe two presidents wrote that Washington has pledged more than "
                + "$570 million in assistance since the 2011 revolution. Tunisia welcomed the news.";

        assertThat(aid(text, "en")).anySatisfy(a -> {
            assertThat(a.donor()).isEqualTo("USA");
            assertThat(a.recipient()).isEqualTo("TUN");
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("570000000"));
        });
    }

    @org.junit.jupiter.api.Test
    void aPartOfATotalInTheCurrencySpokenIsReadAfterABreakdownWord() {
        String text = "España movilizará 817 millones de euros de ayuda militar a Ucrania. "
                + "De ese total, 615 millones se enmarcan en el pacto bilateral de seguridad.";

        assertThat(aid(text, "es")).extracting(a -> a.amount().longValueExact() + " " + a.currency() + " " + a.recipient())
                .contains("817000000 EUR UKR", "615000000 EUR UKR");
    }

    @org.junit.jupiter.api.Test
    void theArticleSubjectIsNoRecipientOfAnotherCountrysFinance() {
        String text = "Venezuela talks with banks.\n\nVenezuela wants new terms. Venezuela's debt is large.\n\n"
                + "And last night Citibank said Mexico's financing package, including a 7.7 billion dlr loan, will be signed on March 20.";

        assertThat(aid(text, "en")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a country seeking something else than the amount
            "Among its priorities, Canada is seeking evidence that Reagan is prepared to implement in the United States a 5 billion U.S. dlr program to test cleaner ways of burning coal.",
            // a place in another clause is no subject of the verb; the US government asking for its own budget
            "The budget does not include the cost of running military operations in Iraq and Afghanistan, for which the administration is expected to seek an extra $80bn from Congress later this year.",
            // assets and deficits are no aid
            "The World Bank loan is needed to rehabilitate the Philippine National Bank, which is burdened with seven billion dlrs of non-performing assets.",
            // a sale, not aid
            "The State Department approved the sale of F-16 fighter jets to Turkey worth $23 billion.",
            // a company in a country's name
            "Royal Bank of Canada said it classified 1.3 billion dlrs in medium and long-term loans to Brazil as non-accrual.",
            // commercial debt
            "Brazil suspended interest payments on 68 billion dlrs owed to commercial banks.",
            // prices and exchange rates
            "Private foreign banks and the World Bank had calculated oil would have to be at least 25 dlrs a barrel for Quito to meet its commitments.",
            // an export-promotion award is no aid to the market promoted in
            "Partially funded with a 6.5 mln dlr award made through the Agriculture Department's Targeted Export Assistance program, a campaign in Japan will promote U.S. beef.",
            // neither giver nor receiver said by the grammar
            "Within that total, the U.S. spent 26 billion dlrs, Japan 24 billion, and the European Community 57 billion dlrs.",
            // commercial lending and its vocabulary
            "But it has taken almost six months to complete the syndication of a 7.5 billion dlrs loan to Mexico.",
            "Argentina, seeking 2.15 bln dlrs in fresh loans from private international banks, has been negotiating with the banks' steering committee.",
            // freight rates and prices are no amounts of aid
            "Wheat from the River Plate and Buenos Aires to Sri Lanka received 26 dlrs.",
            // a government asking for its own budget
            "President Reagan, reacting to Canadian concerns, today announced he will seek 2.5 billion dlrs over five years to combat acid rain.",
            // a passive recipient is no giver; the lender (the Islamic Development Bank) is named elsewhere
            "It said Senegal was given a 5.5 mln dlrs loan for a rice project, Guinea 4.6 mln dlrs for schools and 1.2 mln dlrs for Comoros.",
            // lenders named only as a kind
            "Ecuador is seeking between 437 and 450 mln dlrs in loans this year from multilateral organisations and foreign governments.",
            // one example of several givers
            "He said international organisations such as the World Bank pledged an unchanged 1.68 billion dlrs in fresh funds to Indonesia.",
            // where refugees come from is no donor
            "In addition, 583,225 dlrs of aid will be made available to Malawi to feed 96,700 people displaced from Mozambique."})
    void noAid(String text) {
        assertThat(aid(text, "en")).as(text).isEmpty();
    }

    private List<AidEvent> aid(String text, String lang) {
        return engine.extract(new Article(null, null, null, null, Instant.parse("2025-11-18T10:00:00Z"), lang, text, null)).events().stream()
                .filter(AidEvent.class::isInstance).map(AidEvent.class::cast).toList();
    }
}
