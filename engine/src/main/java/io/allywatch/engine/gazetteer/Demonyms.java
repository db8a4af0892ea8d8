package io.allywatch.engine.gazetteer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Country adjectives in French, Spanish, Portuguese and German, which no maintained country list
 * carries ("die polnische Armee", "les armées marocaines", "militares moçambicanos"). One stem or
 * masculine/feminine pair per country; the inflected forms (German -e/-en/-er/-es/-em, Romance
 * plurals) and the capitalised forms of a sentence start are generated, not typed.
 */
final class Demonyms {

    private Demonyms() {
    }

    /** German adjective stems: the endings are added. */
    private static final String GERMAN = """
            POL polnisch|FRA französisch|DEU deutsch|GBR britisch|ITA italienisch|ESP spanisch|PRT portugiesisch|NLD niederländisch
            BEL belgisch|NOR norwegisch|SWE schwedisch|FIN finnisch|DNK dänisch|EST estnisch|LVA lettisch|LTU litauisch|CZE tschechisch
            SVK slowakisch|HUN ungarisch|ROU rumänisch|BGR bulgarisch|GRC griechisch|TUR türkisch|ISR israelisch|EGY ägyptisch
            JOR jordanisch|MAR marokkanisch|TUN tunesisch|DZA algerisch|IRN iranisch|IRQ irakisch|SYR syrisch|IND indisch
            PAK pakistanisch|AFG afghanisch|JPN japanisch|KOR südkoreanisch|PRK nordkoreanisch|PHL philippinisch|THA thailändisch
            VNM vietnamesisch|IDN indonesisch|AUS australisch|NZL neuseeländisch|CAN kanadisch|MEX mexikanisch|UKR ukrainisch
            RUS russisch|CHN chinesisch|TWN taiwanisch|KEN kenianisch|NGA nigerianisch|ZAF südafrikanisch|MOZ mosambikanisch
            AGO angolanisch|QAT katarisch|SAU saudisch|KWT kuwaitisch|BHR bahrainisch|ARE emiratisch|USA amerikanisch|USA us-amerikanisch
            PER peruanisch|COL kolumbianisch|ARG argentinisch|BRA brasilianisch|CHL chilenisch|VEN venezolanisch|ECU ecuadorianisch
            BOL bolivianisch|AUT österreichisch|CHE schweizerisch|IRL irisch|SRB serbisch|HRV kroatisch|SVN slowenisch|GEO georgisch
            ARM armenisch|AZE aserbaidschanisch|KAZ kasachisch|MNG mongolisch|SGP singapurisch|MYS malaysisch|BLR belarussisch
            HTI haitianisch|LBN libanesisch|SDN sudanesisch|YEM jemenitisch|MLI malisch|NER nigrisch|PSE palästinensisch|MRT mauretanisch
            SOM somalisch|ETH äthiopisch|LBY libysch|TCD tschadisch|CMR kamerunisch|MDA moldauisch|GTM guatemaltekisch|HND honduranisch
            SLV salvadorianisch|CUB kubanisch|PRY paraguayisch|URY uruguayisch|NIC nicaraguanisch|BGD bangladeschisch|SEN senegalesisch
            MDA moldawisch|BFA burkinisch|CIV ivorisch|GHA ghanaisch|RWA ruandisch|UGA ugandisch|TZA tansanisch|OMN omanisch|UZB usbekisch
            NPL nepalesisch|LKA sri-lankisch|KHM kambodschanisch|MMR myanmarisch|DOM dominikanisch|PAN panamaisch|CRI costa-ricanisch|BEN beninisch
            TGO togoisch|TGO togolesisch|ZMB sambisch|ZWE simbabwisch|NAM namibisch|MDG madagassisch|ERI eritreisch|DJI dschibutisch|LAO laotisch
            """;

    /** French masculine/feminine singular; plurals are added. */
    private static final String FRENCH = """
            POL polonais/polonaise|FRA français/française|DEU allemand/allemande|GBR britannique/britannique|ITA italien/italienne
            ESP espagnol/espagnole|PRT portugais/portugaise|NLD néerlandais/néerlandaise|BEL belge/belge|NOR norvégien/norvégienne
            SWE suédois/suédoise|FIN finlandais/finlandaise|DNK danois/danoise|LTU lituanien/lituanienne|EST estonien/estonienne
            ROU roumain/roumaine|GRC grec/grecque|TUR turc/turque|ISR israélien/israélienne|EGY égyptien/égyptienne
            JOR jordanien/jordanienne|MAR marocain/marocaine|TUN tunisien/tunisienne|DZA algérien/algérienne|IRN iranien/iranienne
            IRQ irakien/irakienne|SYR syrien/syrienne|IND indien/indienne|PAK pakistanais/pakistanaise|AFG afghan/afghane
            JPN japonais/japonaise|KOR sud-coréen/sud-coréenne|PRK nord-coréen/nord-coréenne|PHL philippin/philippine
            VNM vietnamien/vietnamienne|IDN indonésien/indonésienne|AUS australien/australienne|CAN canadien/canadienne
            UKR ukrainien/ukrainienne|RUS russe/russe|CHN chinois/chinoise|TWN taïwanais/taïwanaise|KEN kényan/kényane
            NGA nigérian/nigériane|ZAF sud-africain/sud-africaine|MLI malien/malienne|NER nigérien/nigérienne|SEN sénégalais/sénégalaise
            CIV ivoirien/ivoirienne|QAT qatari/qatarie|SAU saoudien/saoudienne|ARE émirien/émirienne|USA américain/américaine
            PER péruvien/péruvienne|COL colombien/colombienne|ARG argentin/argentine|BRA brésilien/brésilienne|CHL chilien/chilienne
            MEX mexicain/mexicaine|VEN vénézuélien/vénézuélienne|GRC hellénique/hellénique
            HTI haïtien/haïtienne|LBN libanais/libanaise|SDN soudanais/soudanaise|YEM yéménite/yéménite|SOM somalien/somalienne
            ETH éthiopien/éthiopienne|BFA burkinabè/burkinabè|TCD tchadien/tchadienne|MOZ mozambicain/mozambicaine|PSE palestinien/palestinienne
            MDA moldave/moldave|CMR camerounais/camerounaise|CAF centrafricain/centrafricaine|MRT mauritanien/mauritanienne|LBY libyen/libyenne
            BEN béninois/béninoise|TGO togolais/togolaise|GHA ghanéen/ghanéenne|ECU équatorien/équatorienne|BOL bolivien/bolivienne|CUB cubain/cubaine
            GTM guatémaltèque/guatémaltèque|HND hondurien/hondurienne|SLV salvadorien/salvadorienne|AGO angolais/angolaise
            GEO géorgien/géorgienne|ARM arménien/arménienne|AZE azerbaïdjanais/azerbaïdjanaise|BLR biélorusse/biélorusse|CZE tchèque/tchèque
            SVK slovaque/slovaque|HUN hongrois/hongroise|BGR bulgare/bulgare|SRB serbe/serbe|HRV croate/croate|AUT autrichien/autrichienne
            CHE suisse/suisse|IRL irlandais/irlandaise|THA thaïlandais/thaïlandaise|MYS malaisien/malaisienne
            NZL néo-zélandais/néo-zélandaise|KWT koweïtien/koweïtienne|BHR bahreïni/bahreïnie|OMN omanais/omanaise|BGD bangladais/bangladaise
            LKA sri-lankais/sri-lankaise|NPL népalais/népalaise|KAZ kazakh/kazakhe|UZB ouzbek/ouzbèke|RWA rwandais/rwandaise|UGA ougandais/ougandaise
            TZA tanzanien/tanzanienne|CPV cap-verdien/cap-verdienne|DOM dominicain/dominicaine|PRY paraguayen/paraguayenne|URY uruguayen/uruguayenne
            NIC nicaraguayen/nicaraguayenne|PAN panaméen/panaméenne|CRI costaricien/costaricienne|LVA letton/lettone|KHM cambodgien/cambodgienne
            """;

    /** Spanish masculine/feminine singular; plurals are added. */
    private static final String SPANISH = """
            POL polaco/polaca|FRA francés/francesa|DEU alemán/alemana|GBR británico/británica|ITA italiano/italiana|ESP español/española
            PRT portugués/portuguesa|NLD neerlandés/neerlandesa|TUR turco/turca|ISR israelí/israelí|EGY egipcio/egipcia
            MAR marroquí/marroquí|IRN iraní/iraní|IRQ iraquí/iraquí|IND indio/india|PAK paquistaní/paquistaní|JPN japonés/japonesa
            KOR surcoreano/surcoreana|PRK norcoreano/norcoreana|PHL filipino/filipina|AUS australiano/australiana|CAN canadiense/canadiense
            UKR ucraniano/ucraniana|RUS ruso/rusa|CHN chino/china|TWN taiwanés/taiwanesa|KEN keniano/keniana|QAT catarí/catarí
            SAU saudí/saudí|USA estadounidense/estadounidense|USA norteamericano/norteamericana|PER peruano/peruana
            COL colombiano/colombiana|ARG argentino/argentina|BRA brasileño/brasileña|CHL chileno/chilena|MEX mexicano/mexicana
            VEN venezolano/venezolana|ECU ecuatoriano/ecuatoriana|BOL boliviano/boliviana|PRY paraguayo/paraguaya|URY uruguayo/uruguaya
            CUB cubano/cubana|NIC nicaragüense/nicaragüense|PAN panameño/panameña|GTM guatemalteco/guatemalteca|HND hondureño/hondureña
            SLV salvadoreño/salvadoreña|CRI costarricense/costarricense|DOM dominicano/dominicana
            TUN tunecino/tunecina|DZA argelino/argelina|JOR jordano/jordana|SYR sirio/siria|LBN libanés/libanesa
            AFG afgano/afgana|HTI haitiano/haitiana|DNK danés/danesa|RWA ruandés/ruandesa|NGA nigeriano/nigeriana
            MOZ mozambiqueño/mozambiqueña|PSE palestino/palestina|SDN sudanés/sudanesa|YEM yemení/yemení|SOM somalí/somalí|ETH etíope/etíope
            MLI maliense/maliense|NER nigerino/nigerina|BFA burkinés/burkinesa|SEN senegalés/senegalesa|CIV marfileño/marfileña|CMR camerunés/camerunesa
            TCD chadiano/chadiana|MRT mauritano/mauritana|GHA ghanés/ghanesa|LBY libio/libia|GEO georgiano/georgiana|MDA moldavo/moldava|BEL belga/belga
            SWE sueco/sueca|NOR noruego/noruega|FIN finlandés/finlandesa|GRC griego/griega|ROU rumano/rumana|IDN indonesio/indonesia
            VNM vietnamita/vietnamita|THA tailandés/tailandesa|MYS malasio/malasia|NZL neozelandés/neozelandesa|ARE emiratí/emiratí|KWT kuwaití/kuwaití
            BHR bareiní/bareiní|AGO angoleño/angoleña|CPV caboverdiano/caboverdiana|ZAF sudafricano/sudafricana|BGD bangladesí/bangladesí
            ARM armenio/armenia|AZE azerbaiyano/azerbaiyana|BLR bielorruso/bielorrusa|SRB serbio/serbia|HRV croata/croata|CZE checo/checa
            HUN húngaro/húngara|AUT austríaco/austríaca|IRL irlandés/irlandesa|KAZ kazajo/kazaja|UZB uzbeko/uzbeka|NPL nepalí/nepalí
            """;

    /** Portuguese masculine/feminine singular; plurals are added. */
    private static final String PORTUGUESE = """
            POL polonês/polonesa|FRA francês/francesa|DEU alemão/alemã|GBR britânico/britânica|ITA italiano/italiana|ESP espanhol/espanhola
            PRT português/portuguesa|TUR turco/turca|ISR israelense/israelense|ISR israelita/israelita|EGY egípcio/egípcia
            MAR marroquino/marroquina|IRN iraniano/iraniana|IRQ iraquiano/iraquiana|IND indiano/indiana|PAK paquistanês/paquistanesa
            JPN japonês/japonesa|KOR sul-coreano/sul-coreana|PRK norte-coreano/norte-coreana|PHL filipino/filipina|AUS australiano/australiana
            CAN canadense/canadense|UKR ucraniano/ucraniana|RUS russo/russa|CHN chinês/chinesa|TWN taiwanês/taiwanesa
            KEN queniano/queniana|MOZ moçambicano/moçambicana|AGO angolano/angolana|CPV cabo-verdiano/cabo-verdiana
            GNB guineense/guineense|TLS timorense/timorense|QAT catariano/catariana|SAU saudita/saudita|USA americano/americana
            USA norte-americano/norte-americana|USA estadunidense/estadunidense|PER peruano/peruana|COL colombiano/colombiana
            ARG argentino/argentina|BRA brasileiro/brasileira|CHL chileno/chilena|MEX mexicano/mexicana|VEN venezuelano/venezuelana
            ECU equatoriano/equatoriana|BOL boliviano/boliviana|PRY paraguaio/paraguaia|URY uruguaio/uruguaia
            TUN tunisiano/tunisiana|DZA argelino/argelina|JOR jordaniano/jordaniana|SYR sírio/síria|LBN libanês/libanesa
            AFG afegão/afegã|UKR ucraniano/ucraniana|RWA ruandês/ruandesa|NGA nigeriano/nigeriana|ZAF sul-africano/sul-africana
            HTI haitiano/haitiana|PSE palestino/palestina|SDN sudanês/sudanesa|STP são-tomense/são-tomense|CUB cubano/cubana|NIC nicaraguense/nicaraguense
            MLI maliano/maliana|NER nigerino/nigerina|BFA burquinense/burquinense|SEN senegalês/senegalesa|CIV marfinense/marfinense
            CMR camaronês/camaronesa|TCD chadiano/chadiana|MRT mauritano/mauritana|GHA ganês/ganesa|SOM somali/somali|ETH etíope/etíope|LBY líbio/líbia
            YEM iemenita/iemenita|GTM guatemalteco/guatemalteca|HND hondurenho/hondurenha|SLV salvadorenho/salvadorenha|DOM dominicano/dominicana
            PAN panamenho/panamenha|CRI costarriquenho/costarriquenha|MDA moldavo/moldava|GEO georgiano/georgiana|NLD holandês/holandesa
            NLD neerlandês/neerlandesa|BEL belga/belga|SWE sueco/sueca|NOR norueguês/norueguesa|DNK dinamarquês/dinamarquesa|FIN finlandês/finlandesa
            GRC grego/grega|ROU romeno/romena|IDN indonésio/indonésia|VNM vietnamita/vietnamita|THA tailandês/tailandesa|NZL neozelandês/neozelandesa
            KWT kuwaitiano/kuwaitiana|ARE emiradense/emiradense|BGD bengali/bengali|ARM arménio/arménia|ARM armênio/armênia|BLR bielorrusso/bielorrussa
            """;

    static Map<String, String> forLanguage(String lang) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (lang) {
            case "de" -> entries(GERMAN).forEach((form, iso3) -> {
                for (String ending : new String[] {"e", "en", "er", "es", "em"}) {
                    add(m, form + ending, iso3);
                }
            });
            case "fr", "es", "pt" -> entries(lang.equals("fr") ? FRENCH : lang.equals("es") ? SPANISH : PORTUGUESE).forEach((pair, iso3) -> {
                String[] mf = pair.split("/");
                for (String form : mf) {
                    add(m, form, iso3);
                    add(m, plural(form, lang), iso3);
                }
            });
            default -> { }
        }
        return m;
    }

    /** "POL polnisch|FRA französisch" → form → ISO 3166-1 alpha-3. */
    private static Map<String, String> entries(String table) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String entry : table.strip().split("[|\\n]")) {
            String[] parts = entry.strip().split(" ", 2);
            m.put(parts[1], parts[0]);
        }
        return m;
    }

    static String plural(String form, String lang) {
        if (form.endsWith("s") || form.endsWith("x")) {
            return form; // "polonais", "français"
        }
        if (!lang.equals("fr")) {
            if (form.endsWith("és") || form.endsWith("ês")) {
                return form.substring(0, form.length() - 2) + "eses"; // "francés" → "franceses"
            }
            if (form.endsWith("án")) {
                return form.substring(0, form.length() - 2) + "anes"; // "alemán" → "alemanes"
            }
            if (form.endsWith("ão")) {
                return form.substring(0, form.length() - 2) + "ães"; // "alemão" → "alemães"
            }
            if (form.endsWith("ol") || form.endsWith("í")) {
                return form + "es"; // "español" → "españoles", "israelí" → "israelíes"
            }
        }
        return form + "s";
    }

    private static void add(Map<String, String> m, String form, String iso3) {
        m.putIfAbsent(form, iso3);
        m.putIfAbsent(Character.toUpperCase(form.charAt(0)) + form.substring(1), iso3);
    }
}
