package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.CooperationEvent.CooperationKind;
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
 * The constructions engines 0.7.0 to 0.16.0 learnt from the real-text batches of 2026-12-06 and -07 (aid in five
 * languages, MNNA wording outside English, defence cooperation), each as one case: the evaluation
 * set measures how often they occur, these show each one is read.
 */
class RealWordingTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    // --- designation ---

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a German verb at the end of a long clause, its auxiliary "wird" far before it
            "de|Wie zwei US-Beamte bestätigten, wird Präsident Joe Biden dem Staatschef Kenias während dessen dreitägigen Aufenthalts in den USA in dieser Woche den Status eines wichtigen Nicht-NATO-Verbündeten verleihen.|KEN|INTENDED",
            // "(NATO)" after the status is a gloss, not an aside between the country and its verb
            "de|Gestern kündigte Joe Biden, Präsident der Vereinigten Staaten, an, er werde Kolumbien als strategisches Verbündetes Nichtmitglied der Nordatlantikvertragsorganisation (NATO) ernennen.|COL|INTENDED",
            // "extend the status to" as a verb of giving, its future an intent
            "es|Dos funcionarios estadounidenses confirmaron que el presidente Joe Biden ampliará el estatus de importante aliado no perteneciente a la OTAN a Kenia durante la visita de estado.|KEN|INTENDED",
            // "ao país": the country named just before
            "pt|Hugo de Zela, chefe da diplomacia do Peru, anunciou que os Estados Unidos notificaram o Congresso sobre a intenção de atribuírem ao país o estatuto de aliado principal não-membro da NATO.|PER|INTENDED",
            // the president asking Congress is how the administration's intent reaches it, not a proposal of others
            "pt|Segundo uma autoridade da Casa Branca, o presidente democrata também pedirá formalmente ao Congresso que conceda ao Quênia o status de principal aliado não membro da OTAN.|KEN|INTENDED",
            "en|The president will ask Congress to designate Kenya as a major non-NATO ally, a White House official said.|KEN|INTENDED",
            // 0.10.0: a promise before a colon governs nothing after it: "determinou" is the step
            "pt|Donald Trump cumpriu agora o que tinha prometido em março: determinou que o Brasil passa a ser um aliado americano extra-Otan.|BRA|DESIGNATED",
            // "zugestanden" grants the status
            "de|Afghanistan haben die USA den Status eines wichtigen Verbündeten außerhalb der Nato zugestanden.|AFG|DESIGNATED",
            // 0.12.0: "a (désormais) le statut" holds it; the noun of the status as the object of "tener"
            "fr|Le Maroc a désormais le statut de grand allié des États-Unis en dehors de l'OTAN, ce qui facilite ses achats d'armes.|MAR|DESIGNATED",
            "es|Desde 2004, Marruecos tenía ya la designación de gran aliado extra OTAN concedida por Washington.|MAR|DESIGNATED",
            // 0.15.1: a date between the verb and the one it names is no distance
            "es|Obama adelantó su intención de designar a Túnez como aliado principal no miembro de la OTAN. En esa categoría Obama incluyó en 2012 a Afganistán.|AFG|DESIGNATED",
            // "extérieure de l'Otan" as much as "extérieure à l'Otan"
            "fr|Le Maroc a désormais le statut d'allié majeur extérieur de l'Otan, ce qui facilite ses achats d'armes.|MAR|DESIGNATED",
            // "pôs fim ao estatuto": the status ended
            "pt|Já o ex-presidente Joe Biden, em 2022, pôs fim ao estatuto anterior do Afeganistão como aliado não pertencente à OTAN.|AFG|REVOKED",
            // 0.17.0: the members named as a group ("al círculo de países de"), the alliance by its Spanish name alone
            // ("Alianza Atlántica", with its accent); "externen NATO-Verbündeten"
            "es|Estados Unidos ha designado a Afganistán como un aliado importante que no pertenece al círculo de países de la Alianza Atlántica.|AFG|DESIGNATED",
            "de|US-Präsident Joseph Biden will Kolumbien zum externen NATO-Verbündeten der USA ernennen.|COL|INTENDED"})
    void readsTheStepAsOutletsWriteIt(String lang, String text, String country, DesignationStage stage) {
        assertThat(events(text, lang, DesignationEvent.class)).as(text)
                .anySatisfy(d -> {
                    assertThat(d.country()).isEqualTo(country);
                    assertThat(d.stage()).isEqualTo(stage);
                });
    }

    @Test
    void countriesACooperationIsAimedAtAreNoHolders() {
        // 0.15.1: "sich auf Venezuela, den Iran und China richten": what the cooperation is about, after the status was named
        List<DesignationEvent> steps = events("Präsident Trump habe die Absicht angekündigt, Brasilien zu einem wichtigen Nicht-NATO-Verbündeten zu ernennen. "
                + "Später bestätigte Bolton die Ernennung Brasiliens und ergänzte, die bilaterale Kooperation werde sich auf Venezuela, den Iran und China richten.",
                "de", DesignationEvent.class);
        assertThat(steps).extracting(DesignationEvent::country).containsExactly("BRA");
    }

    @Test
    void aListOfHoldersHoldsPastANameTheGazetteerDoesNotKnow() {
        // 0.14.0: "Coréia do Sul" (Brazil's spelling before 2009) is known now; an unknown item ("Ruritânia") no longer breaks the list
        String text = "Biden nomeou o Catar como um \"grande aliado não-OTAN\" dos Estados Unidos. Só outros 17 países receberam esse estatuto de "
                + "presidentes americanos, entre eles Austrália, Egito, Coréia do Sul, Ruritânia, Jordânia, Nova Zelândia e Tunísia.";
        assertThat(events(text, "pt", DesignationEvent.class)).extracting(DesignationEvent::country)
                .contains("QAT", "AUS", "EGY", "KOR", "JOR", "NZL", "TUN");
    }

    @Test
    void theMostRecentHoldersAreDesignated() {
        String text = "Washington já designou 19 países como aliados estratégicos fora da Aliança Atlântica, estatuto que dá privilégios "
                + "militares e comerciais; os mais recentes são o Qatar e a Colômbia.";

        assertThat(events(text, "pt", DesignationEvent.class))
                .extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("QAT", DesignationStage.DESIGNATED), tuple("COL", DesignationStage.DESIGNATED));
    }

    @Test
    void lawmakersAskingCongressStillOnlyPropose() {
        String text = "Two senators asked Congress to designate Taiwan as a major non-NATO ally.";

        assertThat(events(text, "en", DesignationEvent.class)).extracting(DesignationEvent::country, DesignationEvent::stage)
                .containsExactly(tuple("TWN", DesignationStage.PROPOSED));
    }

    @Test
    void holdersAfterIncludingAreDesignated() {
        String text = "Peru became a major non-NATO ally on Monday. Major non-NATO ally status is held by sixteen other countries, "
                + "including South Korea, Australia, Argentina and Kuwait.";

        assertThat(events(text, "en", DesignationEvent.class))
                .extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("KOR", DesignationStage.DESIGNATED),
                        tuple("KWT", DesignationStage.DESIGNATED));
    }

    @Test
    void holdersAfterAmongOthersAreDesignated() {
        // 0.17.0: "entre otros" opens a list of holders as "including" does; "no perteneciente a la OTAN con la designación de aliado"
        String text = "Con ello, Afganistán se convierte en el decimoquinto país no perteneciente a la OTAN con la designación de aliado de Washington; "
                + "ya disfrutan de ese privilegio, entre otros, Australia, Egipto, Israel, Japón y Corea del Sur.";

        assertThat(events(text, "es", DesignationEvent.class))
                .extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("AUS", DesignationStage.DESIGNATED), tuple("KOR", DesignationStage.DESIGNATED));
    }

    @Test
    void theGermanAuxiliaryAfterTheVerbMakesItAnIntent() {
        // 0.18.0: a subordinate clause puts "wird" after the verb: a designation to come, not one made
        String text = "Am Mittwoch hat US-Präsident Donald Trump den Kongress offiziell darüber informiert, dass er Brasilien als wichtigen "
                + "strategischen Nicht-Nato-Verbündeten einstufen wird.";

        assertThat(events(text, "de", DesignationEvent.class)).extracting(DesignationEvent::country, DesignationEvent::stage)
                .containsExactly(tuple("BRA", DesignationStage.INTENDED));
    }

    @Test
    void twoMembersOfTheGroupNamedAfterTheStatusHoldIt() {
        // 0.18.0: a verb of belonging and a word that opens a list name two holders; a verb of having does not
        String members = "Afghanistan haben die USA den Status eines wichtigen Verbündeten außerhalb der Nato zugestanden. "
                + "Zu ihnen gehören beispielsweise enge Verbündete wie Israel und Japan.";
        String having = "Kenia es un importante aliado extra-OTAN de Estados Unidos. Kenia tiene lazos estrechos con China y Rusia, "
                + "algo que inquieta a aliados como Francia y Alemania.";

        assertThat(events(members, "de", DesignationEvent.class)).extracting(DesignationEvent::country)
                .contains("AFG", "ISR", "JPN");
        assertThat(events(having, "es", DesignationEvent.class)).extracting(DesignationEvent::country)
                .doesNotContain("FRA", "DEU", "CHN", "RUS");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 0.18.0: the one named before the new holder's ordinal holds the status already
            "de|Trump will Brasilien zum wichtigen Nicht-Nato-Verbündeten ernennen. Nach Argentinien wird Brasilien damit das zweite Land Lateinamerikas, das diesen Status erhält.",
            "es|Trump designará a Brasil como aliado estratégico fuera de la OTAN. De este modo, tras Argentina, Brasil se convertirá en el segundo "
                    + "latinoamericano que obtiene el estatus especial de aliado militar estratégico de EEUU fuera de la OTAN."})
    void theHolderBeforeTheNewOneHoldsTheStatus(String lang, String text) {
        assertThat(events(text, lang, DesignationEvent.class)).as(text)
                .extracting(DesignationEvent::country, DesignationEvent::stage, DesignationEvent::historical)
                .contains(tuple("ARG", DesignationStage.DESIGNATED, true));
    }

    @Test
    void becomingAHolderByTheStatusIsAStep() {
        // 0.18.2: by means of the status, only a benefit that follows the verb is no step
        String text = "With major non-NATO ally status, Colombia becomes the third Latin American country to hold it.";

        assertThat(events(text, "en", DesignationEvent.class)).extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("COL", DesignationStage.DESIGNATED));
    }

    @Test
    void whatACountryGetsByTheStatusIsNoStep() {
        // 0.18.0: "Mit dem Status erhält das Königreich ...": the status as the means, what it brings is no designation
        String text = "Künftig wollen die USA Saudi-Arabien als wichtigen Nicht-Nato-Verbündeten führen. Mit dem Status erhält das Königreich "
                + "unter anderem leichteren Zugang zu amerikanischer Militärausrüstung.";

        assertThat(events(text, "de", DesignationEvent.class)).extracting(DesignationEvent::country, DesignationEvent::stage)
                .containsExactly(tuple("SAU", DesignationStage.INTENDED));
    }

    @Test
    void aCommitteeBackingTheStatusProposesItAndBackThenIsNoBacking() {
        // 0.18.1: "backs" and "endorse" propose; "Back then" is an adverb
        String backs = "U.S. Senate Committee Backs Major Non-NATO Ally Status for Georgia, Moldova, Ukraine";
        String backThen = "Back then Biden said the purpose of making Qatar a major non-NATO ally was to reflect the importance of the relationship.";

        assertThat(events(backs, "en", DesignationEvent.class)).extracting(DesignationEvent::stage).containsOnly(DesignationStage.PROPOSED);
        assertThat(events(backThen, "en", DesignationEvent.class)).extracting(DesignationEvent::stage).doesNotContain(DesignationStage.PROPOSED);
    }

    @Test
    void deemedIsDesignated() {
        String text = "With this decision Kuwait becomes the second Gulf state to receive the designation; in 2002 the administration "
                + "deemed Bahrain to be a major non-NATO ally.";

        assertThat(events(text, "en", DesignationEvent.class)).extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("BHR", DesignationStage.DESIGNATED));
    }

    @Test
    void membersListedThreeSentencesAfterTheStatusHoldIt() {
        // 0.18.1: a list a word opens ("among them") may stand a sentence further from the status than a bare one
        String text = "On Thursday President Bush designated Morocco a 'major non-Nato ally', the White House said. "
                + "A spokesman said the president acted in recognition of the close relationship between the two countries. "
                + "Morocco thereby enters a small club of countries that have a privileged security relationship with the United States. "
                + "Its members, among them Argentina, Australia, Bahrain and Egypt, receive considerable advantages in foreign aid.";

        assertThat(events(text, "en", DesignationEvent.class)).extracting(DesignationEvent::country)
                .contains("MAR", "ARG", "AUS", "BHR", "EGY");
    }

    @Test
    void whatTheStatusGivesIsNoStep() {
        String text = "El jueves, el presidente Joe Biden hizo saber que designará a Colombia como un importante aliado especial que no pertenece "
                + "a la Organización del Tratado del Atlántico Norte (OTAN), lo que dará al país sudamericano algunas ventajas en defensa.";

        assertThat(events(text, "es", DesignationEvent.class)).as(text)
                .extracting(DesignationEvent::country, DesignationEvent::stage)
                .containsExactly(tuple("COL", DesignationStage.INTENDED));
    }

    @Test
    void statesUnderThreatAreStillHoldersAndEndingAWarRevokesNothing() {
        String text = "O parlamento ucraniano pediu ao Congresso para considerar a concessão a Kiev do status de aliado importante extra-OTAN. "
                + "Segundo o texto, o status é dado tanto a Estados ameaçados por ações militares, como a Coreia do Sul, o Afeganistão ou Israel, "
                + "quanto a países em paz, como Austrália, Nova Zelândia e Japão. De acordo com o documento, o status contribuiria para pôr fim "
                + "à agressão russa contra a Ucrânia.";

        List<DesignationEvent> found = events(text, "pt", DesignationEvent.class);
        assertThat(found).extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("KOR", DesignationStage.DESIGNATED), tuple("AFG", DesignationStage.DESIGNATED), tuple("ISR", DesignationStage.DESIGNATED));
        assertThat(found).noneSatisfy(d -> assertThat(d.stage()).isEqualTo(DesignationStage.REVOKED));
    }

    // --- aid ---

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // wire notation of pounds and marks
            "en|India will get 104.65 mln stg as grants from Britain to develop its coal, zinc and lead industries.|GBR|IND|104650000|GBP",
            "en|West German aid to Bolivia will rise to 91 mln marks in 1987, West German President Richard Von Weizsaecker said.|DEU|BOL|91000000|DEM",
            "en|Britain will give 1.3 mln sterling in relief aid to Mozambique.|GBR|MOZ|1300000|GBP",
            // the European Peace Facility under its Portuguese name, and the EU's Council
            "pt|O Mecanismo Europeu para a Paz aprovou mais 45 milhões de euros de apoio às Forças de Defesa e Segurança de Moçambique.|EUU|MOZ|45000000|EUR",
            // "au profit des forces armées de": the country whose forces get it
            "fr|Le Conseil de l'Union européenne a adopté une mesure d'assistance d'un montant de 15 millions d'euros au profit des forces armées de la Mauritanie.|EUU|MRT|15000000|EUR",
            // a parliament standing for its country in its own press
            "de|Der Haushaltsausschuss des scheidenden Bundestags hat für die Ukraine zusätzliche Militärhilfe in Höhe von drei Milliarden Euro bewilligt.|DEU|UKR|3000000000|EUR",
            // the people or the purpose between "al" and the country
            "es|La Unión Europea destinará 15 millones de euros más al proceso de paz en Colombia.|EUU|COL|15000000|EUR",
            // a trust fund is aid
            "es|La Unión Europea formalizó la creación de un fondo fiduciario de 95 millones de euros a favor de Colombia.|EUU|COL|95000000|EUR",
            // an amount with its scale and no currency, the one the article speaks, before a year
            "fr|La France fournira 3 milliards d'euros d'aide militaire à l'Ukraine en 2024 ; elle a déjà apporté à l'Ukraine 2,1 milliards en 2023.|FRA|UKR|2100000000|EUR",
            // a government's aid agency named by its acronym
            "en|JICA signed a loan agreement to provide 30 billion yen to the Philippines for post-disaster recovery.|JPN|PHL|30000000000|JPY",
            // 0.8.0, from the aid batches of 2026-12-06 (evening) --
            // German word order: the country after the finite verb gives, the one after it is given to
            "de|Im kommenden Jahr wird Deutschland Armee, Polizei und Grenzschutz des westafrikanischen Niger voraussichtlich mit 15 Millionen Euro unterstützen.|DEU|NER|15000000|EUR",
            "de|Zum ersten Mal seit 2023 wollen die Vereinigten Staaten Argentinien Militärhilfe gewähren, diesmal in Höhe von 40 Millionen US-Dollar.|USA|ARG|40000000|USD",
            // first in a German sentence, its verb right after: the subject
            "de|Berlin hat beschlossen, der Ukraine zusätzliche Militärhilfe in Höhe von 397 Millionen Euro zu gewähren.|DEU|UKR|397000000|EUR",
            // a lower-case word after a country is its verb outside English; the aid's own adjective is its giver
            "fr|Au total, l'aide militaire française au Sénégal représente six millions d'euros, selon les informations disponibles.|FRA|SEN|6000000|EUR",
            // a state named by its government gives; Nordic crowns
            "fr|Le gouvernement suédois a décidé de relever de 120 millions de couronnes son aide humanitaire à la Syrie.|SWE|SYR|120000000|SEK",
            // the one who "will count on" an amount gets it
            "es|El BID aprobó nuevos préstamos: Uruguay contará con US$210 millones repartidos en dos préstamos.|IDB|URY|210000000|USD",
            // "to help Brazil": the one helped
            "en|The World Bank said it approved a 100 mln dlr loan to help Brazil finance the rehabilitation of the railway.|WBG|BRA|100000000|USD",
            // a person named before a German dative is its subject, not a noun with a genitive
            "de|Bei ihrem Besuch in Kiew im Januar hatte Kamikawa der Ukraine 37 Millionen Dollar zur weiteren Abwehr des russischen Angriffskrieges zugesagt.|JPN|UKR|37000000|USD",
            "de|Noch vor ihrem Auftritt hat die britische Premierministerin Liz Truss der Ukraine Militärhilfe von mindestens 2,3 Milliarden Pfund in Aussicht gestellt.|GBR|UKR|2300000000|GBP",
            // what a development bank approves for a country is aid, without a word of aid
            "es|En el caso de Argentina, el BID aprobó US$300 millones para que más habitantes de la provincia de Buenos Aires puedan acceder a la sanidad.|IDB|ARG|300000000|USD",
            // a dateline is where the news was written, no party to it
            "es|LA PAZ, Bolivia — China contribuirá con hasta ocho millones de dólares a mejorar la capacidad logística de las fuerzas armadas bolivianas.|CHN|BOL|8000000|USD",
            // 0.9.0, from batch aid4 (night) --
            // the demonyms and names of aid's recipients ("libanaise", "RDC", "Palestina")
            "fr|Hier, le Qatar a annoncé l'octroi d'une aide de 60 millions de dollars à l'armée libanaise, au titre de son soutien au pays.|QAT|LBN|60000000|USD",
            "fr|L'Union européenne a annoncé l'octroi d'une aide humanitaire additionnelle de 9 millions d'euros à la République démocratique du Congo.|EUU|COD|9000000|EUR",
            // the country a headline is about, before its colon
            "fr|RDC : l'Union européenne accorde 9 millions d'euros supplémentaires d'aide humanitaire|EUU|COD|9000000|EUR",
            // aid for a crisis in a country
            "fr|Les États-Unis annoncent une aide de 100 millions de dollars face à la crise humanitaire en Haïti.|USA|HTI|100000000|USD",
            // the purpose of the money, then the country: "à l'amélioration de la sécurité en", "a la estabilización de"
            "fr|Le Canada consacrera 123 millions de dollars à l'amélioration de la sécurité en Haïti, a fait savoir la ministre.|CAN|HTI|123000000|USD",
            "fr|L'Allemagne compte consacrer 46 millions d'euros à la stabilisation sécuritaire du Burkina Faso.|DEU|BFA|46000000|EUR",
            "es|España destinará 20 millones de euros al fortalecimiento de la seguridad en Mauritania.|ESP|MRT|20000000|EUR",
            // given to a country's forces, by a German office that is its name, without a word of aid
            "de|Während ihres Besuchs in Jordanien hat Bundesverteidigungsministerin Ursula von der Leyen den jordanischen Streitkräften Fahrzeuge im Wert von rund 18 Mio EUR übergeben.|DEU|JOR|18000000|EUR",
            // "remettre": to hand over
            "fr|L'ambassadeur de Chine au Mali a remis au ministère de la Défense 20 millions de yuans au profit de l'armée malienne.|CHN|MLI|20000000|CNY",
            // "costeado por" is paid for, not a cost; "ações humanitárias" are actions, not shares
            "es|Este viernes, Estados Unidos otorgó 3,5 millones de dólares a Honduras dentro de la Iniciativa de Mérida, un plan costeado por Washington.|USA|HND|3500000|USD",
            "pt|O Brasil anunciou que liberaria US$ 15 milhões ao Haiti, a serem aplicados em ações humanitárias.|BRA|HTI|15000000|USD",
            // 0.10.0 --
            // the aid's own adjective right after its noun is its giver, not one helped ("de ajuda brasileira")
            "pt|Também por causa de chuvas fortes, o Senegal recebeu neste mês R$ 900 mil de ajuda brasileira.|BRA|SEN|900000|BRL",
            // German: the subject right after the finite verb gives, the country after it is given to
            "de|Zur Unterstützung des Friedensprozesses stellt die deutsche Regierung Kolumbien rund 327 Millionen Euro zur Verfügung.|DEU|COL|327000000|EUR",
            // and "der Ukraine" after a noun of giving is still the one given to
            "de|Laut der Datenbank sind derzeit die USA der größte Unterstützer der Ukraine, mit umgerechnet 7,6 Milliarden Euro seit Kriegsausbruch.|USA|UKR|7600000000|EUR",
            // "livres" without "sterling", "yens" in the plural
            "fr|Le Royaume-Uni expédiera en outre à l'Ukraine 1.000 petits missiles, une aide d'une valeur de 390 millions de livres (448 millions d'euros).|GBR|UKR|390000000|GBP",
            "fr|Le Japon accorde aux Philippines une aide de 1,6 milliard de yens pour des radars côtiers.|JPN|PHL|1600000000|JPY",
            // the passive "s'est vu accorder par": the forces of the country given to, the agent the giver
            "fr|L'armée du Cameroun s'est vu accorder par la Chine un don de 4,5 milliards de francs CFA.|CHN|CMR|4500000000|XOF",
            // "faire un don" gives
            "fr|La Chine a fait un don de 4,5 milliards de francs CFA pour l'armée du Cameroun.|CHN|CMR|4500000000|XOF",
            // 0.13.0, from batch b8 --
            // German: a party opens the sentence, the finite verb follows: the country after that verb is given to
            "de|Die EU will Moldawien im Jahr 2024 50 Millionen Euro überweisen.|EUU|MDA|50000000|EUR",
            // a capital for its government
            "fr|Abidjan a offert au Burkina Faso un don d'équipement militaire d'une valeur de plus de deux milliards de francs CFA.|CIV|BFA|2000000000|XOF",
            // the partner of a giver's aid agreement gets it; the giver is the one who concluded it
            "en|The Japanese Embassy in Manila has concluded two official development assistance agreements with the Philippines, together worth ¥31.1 billion.|JPN|PHL|31100000000|JPY",
            "fr|Le Japon a conclu avec les Philippines un accord d'assistance en matière de sécurité d'un montant de 1,6 milliard de yens.|JPN|PHL|1600000000|JPY",
            // equipment handed over ("Übergabe") is given
            "de|Bei der Übergabe von Militärausrüstung im Wert von rund 18 Millionen Euro hob die deutsche Verteidigungsministerin in Amman das Interesse Deutschlands an Jordanien hervor.|DEU|JOR|18000000|EUR",
            // 0.15.0 --
            // German: the dative object of "stellt [subject]" with its adverbials before the amount; the BMZ is Germany's ministry
            "de|Damit stellt das BMZ Jordanien zur Bewältigung der Flüchtlingskrise insgesamt weitere 128 Millionen Euro bereit.|DEU|JOR|128000000|EUR",
            // a sentence after a colon opens like a sentence: "Die Vereinigten Staaten haben" is its subject and finite verb
            "de|Größter Unterstützer sind die USA: Die Vereinigten Staaten haben die Ukraine mit über 88 Milliarden Euro unterstützt.|USA|UKR|88000000000|EUR",
            // 0.15.3: "effectuer un don" gives as "faire un don" does; "comprometidos con" is for
            "fr|Parmi les engagements pris, le Brésil va notamment effectuer un don de 100 millions de dollars à Haïti.|BRA|HTI|100000000|USD",
            "es|Este año hay 1.000 millones de euros de ayuda española comprometidos con Ucrania.|ESP|UKR|1000000000|EUR",
            // 0.17.0: a union or bank after the amount by a bare genitive gives; the German object of helping before its verb gets;
            // the German country that gets before its verb of receiving at the clause's end; Australian dollars in Portuguese
            "fr|Le Niger bénéficie d'une aide de 300 millions d'euros de l'Union européenne.|EUU|NER|300000000|EUR",
            "de|Mit weiteren 800 Millionen Dollar will der US-Präsident die Ukraine unterstützen.|USA|UKR|800000000|USD",
            "de|Deutschland hat Tunesien 34 Millionen Euro Militärhilfe zugesagt. Tunesien soll demnach für fast 21 Millionen Euro mehrere Boote und Ausbildung für seine Streitkräfte bekommen.|DEU|TUN|21000000|EUR",
            "pt|Timor-Leste vai receber da Austrália uma ajuda de 300 milhões de dólares australianos.|AUS|TLS|300000000|AUD",
            // 0.18.0: the German country whose support the money is for, by a genitive after "Unterstützung"
            // 0.18.0: a verb with its subject after it ("…, anunció el ministro") has no subject before the comma
            "es|China contribuirá con hasta ocho millones de dólares a mejorar la capacidad logística de las fuerzas armadas bolivianas, anunció el ministro de Defensa.|CHN|BOL|8000000|USD",
            // 0.18.2: only a speaker after "announce" is an inverted subject; an aside before the verb leaves its subject
            "es|España, por su parte, entregó a Ucrania 20 millones de euros en ayuda militar.|ESP|UKR|20000000|EUR",
            // 0.18.0: a French passive with an adverb ("se sont ainsi vu remettre par"): the subject gets
            "fr|Les forces armées ivoiriennes se sont ainsi vu remettre par les forces armées françaises un don de matériels de 2 millions $.|FRA|CIV|2000000|USD",
            "de|Einer Übersicht der Bundesregierung zufolge hat Deutschland für die überwiegend militärische Unterstützung der Ukraine in diesem Jahr insgesamt rund 5,4 Milliarden Euro vorgesehen.|DEU|UKR|5400000000|EUR",
            // 0.19.0: amounts as the francophone African, Swiss, Portuguese and Peruvian press write them
            "fr|Le Japon a signé avec le Sénégal des accords de dons dont le total s'élève à 18 milliards 492 millions de FCFA.|JPN|SEN|18492000000|XOF",
            "de|Für die humanitäre Hilfe in Gaza stellt die Schweiz 23 Millionen Franken bereit.|CHE|PSE|23000000|CHF",
            "pt|O Banco Mundial vai conceder a Angola um financiamento de 1,2 mil milhões de dólares.|WBG|AGO|1200000000|USD",
            "fr|L'Union européenne a alloué une aide de 255 mille euros à Haïti.|EUU|HTI|255000|EUR",
            "en|Japan extended a ¥1.1-billion grant to the Philippines for its coast guard.|JPN|PHL|1100000000|JPY",
            "fr|Washington avait déjà débloqué 60 millions de dollars d'assistance militaire à l'Ukraine, puis 200 millions de plus en décembre.|USA|UKR|200000000|USD",
            // 0.19.1: "handed", "set out" give; "donativo" is a word of aid; the English "as" is no list of countries sharing "for"
            "en|Officials of the U.S. Embassy handed $3.1 million to representatives of the Ecuadorian Armed Forces on August 3.|USA|ECU|3100000|USD",
            "en|On Friday Canada set out the details of a $64.8 million military aid package for Ukraine.|CAN|UKR|64800000|USD",
            "es|A la entrega del donativo chino a Costa Rica, valorado en unos cinco millones de dólares, asistió el ministro.|CHN|CRI|5000000|USD",
            "en|Britain has announced a further £450m of military support for Kyiv, as the UK and Germany get ready to host a meeting.|GBR|UKR|450000000|GBP"})
    void readsDonorsRecipientsAndCurrencies(String lang, String text, String donor, String recipient, String amount, String currency) {
        assertThat(events(text, lang, AidEvent.class)).as(text).anySatisfy(a -> {
            assertThat(a.donor()).isEqualTo(donor);
            assertThat(a.recipient()).isEqualTo(recipient);
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal(amount));
            assertThat(a.currency()).isEqualTo(currency);
        });
    }

    @Test
    void aRoundedAmountThatSaysAPreciseOneAgainIsOneGift() {
        // 0.19.0: the headline's "más de 53 millones" is the text's 53,100,965 soles, not a second gift
        List<AidEvent> aid = events("El pueblo del Japón entrega más de 53 millones de soles para proyectos en el Perú\n"
                + "El embajador del Japón en el Perú hizo entrega de 53 millones 100 mil 965 soles para ejecutar 13 proyectos de ayuda.", "es", AidEvent.class);
        assertThat(aid).extracting(a -> a.amount().stripTrailingZeros()).containsExactly(new BigDecimal("53100965"));
        // two amounts 6 % apart are two, even where one is said roughly
        List<AidEvent> two = events("Washington gave Kenya about $30 million in security aid. It gave Kenya $32 million in military aid the year before.",
                "en", AidEvent.class);
        assertThat(two).extracting(a -> a.amount().stripTrailingZeros()).contains(new BigDecimal("3E+7"), new BigDecimal("3.2E+7"));
    }

    @Test
    void aPlaceIsNotWhoGivesNorAFundWhoGets() {
        // "em Maputo": where the agreement was signed, not the giver of the Japanese financing
        assertThat(events("O entendimento rubricado em Maputo prevê um financiamento japonês de cerca de 11 milhões de euros.", "pt", AidEvent.class))
                .noneMatch(a -> "MOZ".equals(a.donor()));
        // money put into a fund is no country's aid, in an article about aid to one
        assertThat(events("The Philippines got a 150 mln dlr loan from the Asian Development Bank. The United States has given 1.2 billion dlrs "
                + "to the Asian Development Fund.", "en", AidEvent.class))
                .noneMatch(a -> a.amount().compareTo(new BigDecimal("1200000000")) == 0);
    }

    @Test
    void moneyPaidIntoAFundAndALoanOfOneCommercialBankAreNoAid() {
        // 0.14.1: a trust fund for a mission in Haiti is a fund, not Haiti
        assertThat(events("Die USA haben Haiti 100 Millionen Dollar für die Polizei zugesagt. In einen Treuhandfonds zur Unterstützung der "
                + "multinationalen Sicherheitsmission seien bislang Beiträge in Höhe von 10,8 Millionen Dollar eingezahlt worden.", "de", AidEvent.class))
                .noneMatch(a -> a.amount().compareTo(new BigDecimal("10800000")) == 0);
        // "banco comercial" in the singular is commercial finance as much as "bancos comerciais"
        assertThat(events("O Governo angolano negociou com o Commerzbank, segundo maior banco comercial da Alemanha, um financiamento de "
                + "500 milhões de dólares para Angola.", "pt", AidEvent.class)).isEmpty();
    }

    @Test
    void aCountryGivingInAnArticleAboutAidGivesAid() {
        // 0.15.3: no word of aid in the sentence, but the subject gives and the article speaks of aid
        List<AidEvent> aid = events("Deutschland stockt seine humanitäre Hilfe für Syrien auf. Die Hilfe soll vor allem den Flüchtlingen zugutekommen. "
                + "Seit dem Beginn des Bürgerkriegs in Syrien hat Deutschland 4,5 Milliarden Euro bereitgestellt, um die Not der Menschen dort zu mildern.",
                "de", AidEvent.class);
        assertThat(aid).extracting(AidEvent::donor, AidEvent::recipient).contains(tuple("DEU", "SYR"));
        // a place, a colon and the agency's mark open the text: a dateline, not the country the news is about
        List<AidEvent> peru = events("Für die Entwicklung Perus 529 Millionen Euro zugesagt.\nBerlin: (hib/VOM) 529 Millionen Euro aus Mitteln der "
                + "bilateralen Entwicklungszusammenarbeit hat die Bundesregierung Peru bei den jüngsten Regierungsverhandlungen zugesagt.", "de", AidEvent.class);
        assertThat(peru).extracting(AidEvent::recipient).containsOnly("PER");
    }

    @Test
    void anAmountBeforeTheArticleNamesItsRecipientIsReadOnceItHas() {
        // 0.16.0: the Pentagon's share comes before the sentence that names Ukraine as the aid's recipient; a lead about
        // "the region" before any sentence names Ukraine stays unread
        List<AidEvent> aid = events("Die Region bekommt nach Angaben aus Washington neue Hilfe im Wert von 900 Millionen Dollar. "
                + "Der Präsident der Ukraine dankte den Vereinigten Staaten. "
                + "Außerdem werde das Pentagon Waffen und Ausrüstung im Wert von 197 Millionen Dollar bereitstellen. "
                + "Die US-Militärhilfe für die Ukraine summiert sich damit auf 43,9 Milliarden Dollar.", "de", AidEvent.class);
        assertThat(aid).extracting(a -> a.amount().stripTrailingZeros().toPlainString(), AidEvent::donor, AidEvent::recipient)
                .contains(tuple("197000000", "USA", "UKR"), tuple("43900000000", "USA", "UKR"))
                .noneSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("900000000"));
    }

    @Test
    void aGermanCountryThatReceivesAfterItsVerbReceives() {
        // 0.16.0: verb-second, "bekam Tunesien ... Fahrzeuge im Wert von ...", with the giver of the article's aid
        List<AidEvent> aid = events("Deutschland unterstützt Tunesien mit Militärhilfe im Wert von 34 Millionen Euro. "
                + "Außerdem bekam Tunesien laut Verteidigungsministerium Pionierfahrzeuge im Wert von fast drei Millionen Euro.", "de", AidEvent.class);
        assertThat(aid).extracting(a -> a.amount().stripTrailingZeros().toPlainString(), AidEvent::donor, AidEvent::recipient)
                .contains(tuple("3000000", "DEU", "TUN"));
    }

    @Test
    void germanRecipientsNamedByWhatTheyAre() {
        // 0.15.3: "dem südamerikanischen Land" before the amount is the country the article is about
        assertThat(events("Die USA unterstützen Kolumbien seit dem Jahr 2000 mit Militärhilfe. Die Hilfe für Kolumbien gilt dem Kampf gegen die "
                + "Drogenkartelle. Seitdem haben die USA dem südamerikanischen Land 2,6 Milliarden Dollar gewährt.", "de", AidEvent.class))
                .extracting(AidEvent::donor, AidEvent::recipient).contains(tuple("USA", "COL"));
        // "für das Bürgerkriegsland Jemen", "für die Bevölkerung des Bürgerkriegslandes Syrien"; "aus Berlin" gives
        assertThat(events("Für das Bürgerkriegsland Jemen erhöht Deutschland seine humanitäre Hilfe um knapp 17 Millionen Euro. Im Jahr 2016 hatte "
                + "sich die humanitäre Hilfe aus Berlin auf 33,3 Millionen Euro belaufen.", "de", AidEvent.class))
                .extracting(AidEvent::donor, AidEvent::recipient).containsOnly(tuple("DEU", "YEM"));
        assertThat(events("Deutschland stockt Syrien-Hilfe um eine Milliarde auf\n\nSeit dem Beginn des Bürgerkriegs in Syrien hat Deutschland 4,5 Milliarden Euro bereitgestellt. Nun wird noch mehr Geld "
                + "zugesagt. Die humanitäre Hilfe für die Bevölkerung des Bürgerkriegslandes Syrien erhöht Deutschland um eine Milliarde Euro.", "de",
                AidEvent.class)).extracting(a -> a.amount().stripTrailingZeros().toPlainString(), AidEvent::recipient).contains(tuple("1000000000", "SYR"));
    }

    @Test
    void twoCountriesNamedTogetherBeforeAGermanAmountShareIt() {
        // 0.15.0: neither of "Tunesien und Malta" is the one dative object of the package
        assertThat(events("Das US-Verteidigungsministerium plant, Tunesien und Malta Militärgerät im Wert von mehr als 25 Millionen Dollar "
                + "zukommen zu lassen.", "de", AidEvent.class)).isEmpty();
    }

    @Test
    void japansSecurityAidProgrammeIsJapanNotItsRecipient() {
        // OSA is Japan's programme: its budget is Japan's own, not aid to the Philippines the article is about
        List<AidEvent> aid = events("Japan will give the Philippines coastal radars worth ¥1.6 billion under its security aid. The step follows Tokyo's "
                + "disclosure that it would more than double the OSA budget, from ¥2 billion in 2023 to ¥5 billion in the current fiscal year.", "en", AidEvent.class);
        assertThat(aid).extracting(a -> a.amount().stripTrailingZeros().toPlainString()).containsExactly("1600000000");
    }

    @Test
    void theUsGovernmentIsNoDefaultGiverOfPounds() {
        assertThat(events("Defence Secretary pledges £450m military surge for Ukraine. The Pentagon said the US would keep its own aid going.", "en", AidEvent.class))
                .noneMatch(a -> "USA".equals(a.donor()));
    }

    @Test
    void aConversionAfterSoitPlusDeIsNoSecondAmount() {
        List<AidEvent> aid = events("L'ambassadeur de Chine au Mali a remis 20 millions de yuans, soit plus d'un milliard de francs CFA, au profit de l'armée malienne.",
                "fr", AidEvent.class);
        assertThat(aid).extracting(a -> a.amount().stripTrailingZeros().toPlainString() + " " + a.currency()).containsExactly("20000000 CNY");
    }

    @Test
    void anAidArticleGoesOnBeyondTheSentenceAfterItsFirstAid() {
        // the third sentence after the aid names no aid word, only a verb of giving: it continues the article's aid
        String text = "Canada will give $123 million in security aid to Haiti, Foreign Minister Mélanie Joly said. "
                + "The Haitian police are overwhelmed by gangs. Elections have been postponed twice. "
                + "Ottawa will also release $4.5 million for Haiti's border management.";

        assertThat(events(text, "en", AidEvent.class))
                .extracting(AidEvent::recipient, a -> a.amount().stripTrailingZeros().toPlainString())
                .contains(tuple("HTI", "4500000"));
    }

    @Test
    void aGiverStatedForSeveralCountriesGivesToEachNamedLater() {
        // the bank is named once, for six countries; each later sentence names only the country that gets its share
        String text = "El Banco Interamericano de Desarrollo (BID) dio luz verde a US$1.650 millones en préstamos para seis países de la región. "
                + "Haití recibirá una financiación de US$60 millones para mejorar la seguridad alimentaria de los hogares rurales.";

        assertThat(events(text, "es", AidEvent.class))
                .extracting(AidEvent::donor, AidEvent::recipient, a -> a.amount().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("IDB", "HTI", "60000000"));
    }

    @Test
    void aGovernmentNamedBeforeTheAmountActsAndDoesNotReceive() {
        String text = "En origen, el Gobierno alemán había planeado un paquete de ayuda, sobre todo en material militar, por valor de 4.000 millones de euros.";
        assertThat(events(text, "es", AidEvent.class)).extracting(AidEvent::recipient).doesNotContain("DEU");
    }

    @Test
    void theConversionOfAnAmountWithoutItsCurrencyIsNoSecondAmount() {
        String text = "Die USA geben der Ukraine weitere Militärhilfe. Wie es heißt, soll das neue Paket Material im Wert von 200 Millionen (185 Millionen Euro) umfassen.";
        assertThat(events(text, "de", AidEvent.class)).extracting(a -> a.amount().stripTrailingZeros().toPlainString()).doesNotContain("185000000");
    }

    @Test
    void theAggressorOfAWarReceivesNothing() {
        String text = "Premier soutien militaire de l'Ukraine contre l'invasion russe, les Etats-Unis ont engagé plus de 44 milliards de dollars depuis le début de la guerre.";
        assertThat(events(text, "fr", AidEvent.class)).extracting(AidEvent::recipient).doesNotContain("RUS");
    }

    // 0.11.0, from batch b6 (dev) --

    @Test
    void aShareThatGoesToEachCountryContinuesTheArticlesAid() {
        // no word of aid in the second sentence, only money that "will go to" each country: the distribution of the aid just read
        String text = "La Banque mondiale accorde un don de 200 millions de dollars au Liberia contre l'épidémie Ebola. "
                + "Selon la répartition prévue, 52 millions de dollars iront aux hôpitaux et 28 millions de dollars iront au Liberia pour ses écoles.";

        assertThat(events(text, "fr", AidEvent.class))
                .extracting(AidEvent::donor, AidEvent::recipient, a -> a.amount().stripTrailingZeros().toPlainString())
                .contains(tuple("WBG", "LBR", "200000000"), tuple("WBG", "LBR", "28000000"));
    }

    @Test
    void anAmountToSeveralCountriesEachWithItsOwnPrepositionHasNoOneRecipient() {
        // "à la Guinée, au Liberia et à la Sierra Leone": a total for three, no event (GUIDELINES: regional amounts)
        String text = "La Banque mondiale accorde un don de 105 millions de dollars destiné à la Guinée, au Liberia et à la Sierra Leone.";

        assertThat(events(text, "fr", AidEvent.class)).isEmpty();
    }

    @Test
    void inAListOfSharesEachCountryGetsTheAmountAfterIt() {
        // "Syrien erhält 20 … und Libanon 13 …": the country that receives, and the one that opens the next item, over "an Gaza" before them
        String text = "Die EU werde ihre Unterstützung ausweiten: Demnach gehen 50 Millionen Euro an Gaza und das Westjordanland, "
                + "Syrien erhält 20 Millionen Euro und Libanon 13 Millionen Euro.";

        assertThat(events(text, "de", AidEvent.class))
                .extracting(AidEvent::recipient, a -> a.amount().stripTrailingZeros().toPlainString())
                .contains(tuple("SYR", "20000000"), tuple("LBN", "13000000"))
                .doesNotContain(tuple("PSE", "20000000"), tuple("PSE", "13000000"));
    }

    @Test
    void anAcronymInTitleCaseIsStillTheInstitution() {
        // West African outlets write "l'Ue"
        String text = "Telle est la décision prise par l'Ue : elle a approuvé le décaissement, en faveur du Niger, de deux programmes d'appui budgétaire "
                + "représentant au total 30 millions €.";

        assertThat(events(text, "fr", AidEvent.class))
                .extracting(AidEvent::donor, AidEvent::recipient).contains(tuple("EUU", "NER"));
    }

    @Test
    void whatTheUnAsksForIsNoAidButWhatItGivesIs() {
        // 0.18.0: a UN appeal or plan of needs names no donor; money the UN itself gives stays aid
        String appeal = "Der neue Hilfsplan der UNO für Sudan setzt den Hilfsbedarf für 2025 auf 4,2 Milliarden US-Dollar.";
        String gives = "Die Vereinten Nationen stellen Sudan 20 Millionen Dollar Nothilfe zur Verfügung.";

        assertThat(events(appeal, "de", AidEvent.class)).isEmpty();
        assertThat(events(gives, "de", AidEvent.class)).extracting(AidEvent::donor, AidEvent::recipient).contains(tuple("UNO", "SDN"));
    }

    @Test
    void peopleCountedInTheArticlesCurrencyAreNoMoney() {
        // 0.18.0: a bare "1,5 milhões" after "afetou cerca de" counts people, though the article speaks in euros
        String text = "A União Europeia deu 3 milhões de euros em ajuda humanitária a Moçambique. "
                + "O ciclone Idai matou 603 pessoas e afetou cerca de 1,5 milhões, segundo a ajuda humanitária da ONU.";

        assertThat(events(text, "pt", AidEvent.class)).extracting(a -> a.amount().intValue()).contains(3_000_000).doesNotContain(1_500_000);
    }

    @Test
    void aMilitaryPurchaseIsNoAid() {
        // 0.18.0: "la mayor compra militar" is what the country buys, after the aid it got
        String text = "China donó a Bolivia ocho millones de dólares en ayuda militar. Con más de 600 millones de dólares, "
                + "se trata de la mayor compra militar en décadas.";

        assertThat(events(text, "es", AidEvent.class)).extracting(a -> a.amount().intValue()).contains(8_000_000).doesNotContain(600_000_000);
    }

    @Test
    void anArmsDealIsNoAid() {
        assertThat(events("Last month, Sir Keir Starmer announced a £1.6bn missile deal for Ukraine.", "en", AidEvent.class)).isEmpty();
    }

    @Test
    void aDifferenceInPriceIsNoAid() {
        String text = "The Chinese firm offered to build the vessel at over 30 mln marks less than West German yards, "
                + "despite government subsidies which Bonn pays its shipbuilding industry.";

        assertThat(events(text, "en", AidEvent.class)).isEmpty();
    }

    // 0.12.0, from batch b7 (dev) --

    @Test
    void aCountrySetApartIsNotAmongTheHolders() {
        // "além do Peru, ... já têm o status": Peru is the country the article is about, not one of the holders
        String text = "O governo americano quer designar o Peru como aliado preferencial extra-Otan. "
                + "Na região, além do Peru, o Chile e o Brasil já têm o status.";

        assertThat(events(text, "pt", DesignationEvent.class))
                .extracting(DesignationEvent::country, DesignationEvent::stage)
                .contains(tuple("BRA", DesignationStage.DESIGNATED))
                .doesNotContain(tuple("PER", DesignationStage.DESIGNATED));
    }

    @Test
    void latinAmericanThousandsBeforeMillonesAreThousands() {
        // "2,300 millones de dólares" as Latin American outlets write it: 2.3 billion, never 2.3 million
        String text = "Estados Unidos anunció un nuevo paquete de ayuda militar para Ucrania por 2,300 millones de dólares.";

        assertThat(events(text, "es", AidEvent.class)).extracting(a -> a.amount().stripTrailingZeros().toPlainString())
                .containsExactly("2300000000");
    }

    @Test
    void aReadingAgainstTheArticlesFlowIsThatFlowMisread() {
        // the second amount's only "to" is the donor's government ("permite ao governo americano comprar"), and "da Ucrânia"
        // reads as a giver: the article's aid goes from the US to Ukraine
        String text = "O Senado dos Estados Unidos aprovou US$ 10 bilhões em ajuda militar para a Ucrânia. "
                + "Do total, US$ 2 bilhões vão para o Fundo de Segurança da Ucrânia, que permite ao governo americano comprar armas à indústria.";

        assertThat(events(text, "pt", AidEvent.class))
                .extracting(AidEvent::donor, AidEvent::recipient, a -> a.amount().stripTrailingZeros().toPlainString())
                .contains(tuple("USA", "UKR", "10000000000"))
                .doesNotContain(tuple("UKR", "USA", "2000000000"));
    }

    @Test
    void thePriceOfAPurchaseIsNoAid() {
        // 0.12.1: a buyer, then "por" and the amount: what the aircraft cost, not aid to the seller's country
        String text = "O governo português anunciou que vai comprar cinco aviões de transporte à fabricante brasileira Embraer, por 827 milhões de euros.";

        assertThat(events(text, "pt", AidEvent.class)).isEmpty();
        // aid given "for" a purpose is still aid: no buyer before it
        assertThat(events("Washington approved $300 million for Ukraine's air defence.", "en", AidEvent.class))
                .extracting(AidEvent::recipient).contains("UKR");
    }

    // --- cooperation ---

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a verb of sending listed for its kind but missing from the cheap scan before it
            "es|España enviará material militar a Ucrania, anunció la ministra de Defensa.|ARMS_TRANSFER|ESP,UKR",
            // leaders named alone stand for their countries
            "en|Chinese President Hu Jintao met Hun Sen in Beijing on Saturday to discuss military cooperation between the two armies.|MEETING|CHN,KHM",
            "es|Zelenski se reunió en Madrid con Pedro Sánchez para hablar de defensa antiaérea.|MEETING|ESP,UKR",
            // weapons given as military aid: an arms transfer from its donor to its recipient
            "de|Das Pentagon wird der Ukraine Waffen und Munition im Wert von 325 Millionen Dollar als Militärhilfe liefern.|ARMS_TRANSFER|UKR,USA",
            "fr|La France a donné à l'Ukraine une aide militaire de 1,7 milliard d'euros en équipements militaires.|ARMS_TRANSFER|FRA,UKR",
            // 0.10.0: the aggressor of a war is its background, no party ("des russischen Angriffskriegs", "l'invasion russe")
            "de|Seit Beginn des russischen Angriffskriegs hat Deutschland bereits 1200 ukrainische Soldaten ausgebildet.|TRAINING|DEU,UKR",
            // a German title's country after "von"; the German federal minister names her state
            "de|Die Bundesverteidigungsministerin traf sich in Amman mit König Abdullah von Jordanien, um über die Sicherheitslage in der Region zu sprechen.|MEETING|DEU,JOR",
            // arms handed over, in the words outlets use
            "es|La República Popular de China entregó a Ecuador equipo bélico y materiales de campaña para sus Fuerzas Armadas.|ARMS_TRANSFER|CHN,ECU",
            "de|Bei der Übergabe von Militärausrüstung am Sonntag in Amman lobte die Bundesverteidigungsministerin Jordanien als Stabilitätsanker.|ARMS_TRANSFER|DEU,JOR",
            // 0.11.0: military equipment "let come to" a country
            "de|Die USA wollen Tunesien Militärgerät zukommen lassen.|ARMS_TRANSFER|TUN,USA",
            // 0.12.0: information on terrorists exchanged is intelligence sharing
            "de|Spanien und Marokko wollen künftig Informationen über mutmaßliche Terroristen austauschen.|INTEL_SHARING|ESP,MAR",
            // the contents of a military aid package, told in the sentence after its amount
            "de|Die USA sagen der Ukraine weitere Militärhilfe im Wert von 400 Millionen Dollar zu. Dazu gehören Munition für Raketenwerfer und Artilleriegeschosse.|ARMS_TRANSFER|UKR,USA",
            // 0.14.0: drug trafficking is a security matter in German as in the other four languages
            "de|Die USA unterstützen Kolumbien seit Jahren. Bei ihrem Besuch in Kolumbien hat Condoleezza Rice weitere Unterstützung im Kampf gegen Drogenbanden zugesagt.|MEETING|COL,USA",
            // 0.13.0: a package's contents three sentences after its amount
            "de|Washington wird der Ukraine neue Militärhilfe in Höhe von 2,3 Milliarden Dollar zukommen lassen. Austin sagte das am Dienstag. Es sei ein wichtiger Tag. Enthalten seien in dem Paket mehr Abfänger für die Luftverteidigung, Panzerabwehrwaffen und andere wichtige Munition.|ARMS_TRANSFER|UKR,USA",
            // 0.15.0: French "militaire" is a word of defence ("militar" is no part of it)
            "fr|Le Portugal et le Mozambique ont signé un nouvel accord de coopération militaire.|AGREEMENT|MOZ,PRT",
            // the two nearest of a list of three are of one list: so is the third
            "de|Im Golf von Oman haben China, Russland und Iran am Freitag ein gemeinsames Marinemanöver begonnen.|EXERCISE|CHN,IRN,RUS",
            // 0.15.2: a chief of staff's country after his staff; "de passage en" is a visit
            "fr|Le ministre français des Armées a reçu le chef d'état-major algérien pour une réunion consacrée à la coopération militaire.|MEETING|DZA,FRA",
            "fr|Le ministre français de la Défense Jean Yves Le Drian, de passage en Tunisie, a fait savoir ce lundi que l'aide militaire apportée par la France à la Tunisie s'élèvera à 20 millions d'euros.|MEETING|FRA,TUN",
            // plural titles, and two countries of one title
            "pt|Os ministros da Defesa de Portugal e de Moçambique reuniram-se em Lisboa para discutir a cooperação militar.|MEETING|MOZ,PRT",
            "es|Los ministros de Defensa de España y de Marruecos se reunieron en Madrid para hablar de seguridad.|MEETING|ESP,MAR",
            // 0.15.4: the person received named before a passive "fue recibido"
            "es|El presidente tunecino, Beji Caid Essebsi, fue recibido en la Casa Blanca para hablar de seguridad.|MEETING|TUN,USA",
            // 0.16.0: a German war and a German title named in compounds ("Angriffskrieg", "Außenministerin")
            "de|Bei ihrem Besuch in Kiew sagte die japanische Außenministerin der Ukraine weitere Unterstützung gegen den russischen Angriffskrieg zu.|MEETING|JPN,UKR",
            // 0.17.0: a colleague's country after "aus"; Germany's federal minister by his title
            "de|Verteidigungsminister Pistorius traf in Berlin Healey, seinen Amtskollegen aus Großbritannien, um über die Sicherheit in Europa zu sprechen.|MEETING|DEU,GBR",
            "de|Bundesverteidigungsminister Boris Pistorius besuchte Washington, um über die Nato zu sprechen.|MEETING|DEU,USA",
            // 0.18.0: a hyphenated country between the verb and the materiel; materiel that arrives; "equipamentos de engenharia militares"
            "pt|Nesta terça-feira, o governo chinês entregou à Guiné-Bissau um vasto lote de equipamentos de engenharia militares.|ARMS_TRANSFER|CHN,GNB",
            "pt|Em material, chegaram dos EUA à Colômbia 30 helicópteros Huey-1H, 42 Super Huey e 18 Black Hawk.|ARMS_TRANSFER|COL,USA",
            // 0.18.0: a German region in one word ("im Nordirak") is its country
            "de|Weitere Waffen, Ausrüstung und Verbandmaterial liefert Deutschland an die Kurden im Nordirak.|ARMS_TRANSFER|DEU,IRQ",
            // 0.18.0: a German agreement "über Sicherheitsunterstützung", and the dollar's name no party to it
            "de|Ein Abkommen über Sicherheitsunterstützung, dessen Wert bei 10,65 Millionen US-Dollar liegt, haben Japan und die Philippinen unterzeichnet.|AGREEMENT|JPN,PHL",
            // 0.19.2: every country of a list takes part, not the first four by name
            "es|Las armadas de Chile, Colombia, Ecuador, Perú y Estados Unidos realizaron un ejercicio naval conjunto frente a Valparaíso.|EXERCISE|CHL,COL,ECU,PER,USA"})
    void readsCooperation(String lang, String text, CooperationKind kind, String actors) {
        assertThat(events(text, lang, CooperationEvent.class)).as(text).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(String.join(",", c.actors())).isEqualTo(actors);
        });
    }

    @Test
    void buyersOfACompanysWeaponsAndMoneyIntoAMechanismAreNoArmsTransfer() {
        // 0.15.2: every country named only as where the weapons went: no state supplied them
        assertThat(events("En service depuis 2004, le Rafale a déjà été vendu à l'Égypte, au Qatar, à l'Inde, à la Grèce et à la Croatie.",
                "fr", CooperationEvent.class)).isEmpty();
        assertThat(events("Portugal vai contribuir com 50 milhões de euros para a iniciativa que compra armamento aos EUA destinado à Ucrânia.",
                "pt", CooperationEvent.class)).noneMatch(c -> c.kind() == CooperationKind.ARMS_TRANSFER);
        // a supplier named as such still supplies
        assertThat(events("La France a vendu 24 Rafale à l'Égypte.", "fr", CooperationEvent.class))
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(CooperationKind.ARMS_TRANSFER));
    }

    @Test
    void cooperationCalledOffAfterItIsNamedIsNone() {
        // 0.17.0: German puts the participle last; an approval of a "potential" sale approves it
        assertThat(events("Mitte August wurde außerdem eine geplante gemeinsame Militärübung der USA mit Ägypten abgesagt.", "de", CooperationEvent.class))
                .noneMatch(c -> c.kind() == CooperationKind.EXERCISE);
        assertThat(events("O Departamento de Estado dos Estados Unidos aprovou uma potencial venda ao Brasil de mísseis Javelin.", "pt", CooperationEvent.class))
                .anySatisfy(c -> {
                    assertThat(c.kind()).isEqualTo(CooperationKind.ARMS_TRANSFER);
                    assertThat(c.actors()).containsExactly("BRA", "USA");
                });
        // a gift of military equipment is a transfer
        assertThat(events("Niger : la France fait un don de matériels militaires au Niger.", "fr", CooperationEvent.class))
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(CooperationKind.ARMS_TRANSFER));
    }

    @Test
    void armsForbiddenFearedOrOnlyToBeBoughtAreNoTransfer() {
        // 0.16.0: what a constitution forbids, what a minister fears, and what money is to buy are no transfer between states
        assertThat(events("Die pazifistische Verfassung verbietet es Japan, selbst Waffen an die Ukraine zu liefern.", "de", CooperationEvent.class))
                .noneMatch(c -> c.kind() == CooperationKind.ARMS_TRANSFER);
        assertThat(events("Le ministre russe redoute que d'éventuelles livraisons d'armes américaines à Kiev n'aggravent la situation en Ukraine.",
                "fr", CooperationEvent.class)).noneMatch(c -> c.kind() == CooperationKind.ARMS_TRANSFER);
        assertThat(events("Segundo o presidente, o dinheiro servirá para adquirir armas semelhantes às que a França já entregou à Ucrânia.",
                "pt", CooperationEvent.class)).noneMatch(c -> c.kind() == CooperationKind.ARMS_TRANSFER);
        assertThat(events("Del paquete militar, 100 millones se dedicarán a comprar armamento en Estados Unidos para la defensa de Ucrania.",
                "es", CooperationEvent.class)).noneMatch(c -> c.kind() == CooperationKind.ARMS_TRANSFER);
        // delivered, they are one
        assertThat(events("Les États-Unis ont livré des armes à l'Ukraine.", "fr", CooperationEvent.class))
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(CooperationKind.ARMS_TRANSFER));
    }

    @Test
    void aFederalChancellorCanBeAustrias() {
        String text = "Bundeskanzler Sebastian Kurz traf sich in Wien mit dem jordanischen König, um über die Sicherheitslage in der Region zu sprechen.";
        assertThat(events(text, "de", CooperationEvent.class)).noneMatch(c -> c.actors().contains("DEU"));
    }

    @Test
    void armsNamedForAnotherDealAreNoTransferOfTheAid() {
        String text = "The House voted to block 40 mln dlrs in military aid to the Nicaraguan rebels until President Reagan accounts for "
                + "past assistance, including money diverted from the U.S. sale of arms to Iran.";

        assertThat(events(text, "en", CooperationEvent.class)).noneSatisfy(c -> assertThat(c.actors()).containsExactly("NIC", "USA"));
        // the aid of the EU pays for arms, but the EU is no state to cooperate with
        assertThat(events("L'Union européenne débourse 5 millions d'euros d'aide militaire pour équiper en armes le Niger.", "fr", CooperationEvent.class))
                .noneSatisfy(c -> assertThat(c.actors()).contains("EUU"));
    }

    private <T extends Event> List<T> events(String text, String lang, Class<T> type) {
        return engine.extract(new Article(null, null, null, null, Instant.parse("2025-11-18T10:00:00Z"), lang, text, null)).events().stream()
                .filter(type::isInstance).map(type::cast).toList();
    }
    @Test
    void bothCountriesAreTheTwoTheSentenceBeforeNamesMost() {
        // 0.11.0: "beide Länder" are two; the sentence before names four, two of them twice
        String text = "Nachdem Israel Ziele im benachbarten Katar angegriffen hat, sucht Saudi-Arabien militärischen Rückhalt bei der Atommacht Pakistan, "
                + "und Saudi-Arabien wie Pakistan sprechen von einer neuen Ära. "
                + "Am Mittwochabend setzten beide Länder in Riad ihre Unterschrift unter ein Abkommen zur gemeinsamen Verteidigung.";

        assertThat(events(text, "de", CooperationEvent.class))
                .extracting(c -> String.join(",", c.actors()), CooperationEvent::kind)
                .contains(tuple("PAK,SAU", CooperationKind.AGREEMENT))
                .noneSatisfy(t -> assertThat((String) t.toList().get(0)).contains("ISR"));
    }

}
