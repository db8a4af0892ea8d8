package io.allywatch.engine.gazetteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the JDK's country names lack in French, Spanish, Portuguese and German: acronyms,
 * demonyms with their gender and number endings, capitals and seats of government used for the
 * government ("Washington", "la Casa Blanca", "le Pentagone"). Weighted, like {@link Aliases}, to
 * the Americas and to holders of Major Non-NATO Ally status.
 */
final class ForeignAliases {

    private ForeignAliases() {
    }

    /** Names shared by every language: capitals spelt alike, acronyms used everywhere. */
    private static void common(Map<String, String> m) {
        put(m, "USA", "Washington", "USA", "US", "EUA", "EEUU", "EE.UU.", "EE. UU.");
        put(m, "PER", "Lima");
        put(m, "ARG", "Buenos Aires");
        put(m, "BRA", "Brasília", "Brasilia");
        put(m, "CHL", "Santiago");
        put(m, "VEN", "Caracas");
        put(m, "ECU", "Quito");
        put(m, "ISR", "Tel Aviv", "Jerusalem");
        put(m, "SAU", "Riad", "Riyad", "Riyadh");
        put(m, "QAT", "Doha", "Qatar", "Katar", "Catar");
        put(m, "BHR", "Bahrein", "Bahreïn", "Bahréin", "Baréin", "Barém", "Bahrain", "Manama");
        put(m, "KWT", "Koweït", "Koweit", "Kuweit", "Kuwait", "Kuwaiti");
        put(m, "KEN", "Quénia", "Quênia", "Kenia", "Kenya", "Nairobi");
        put(m, "TUN", "Tunis");
        put(m, "MAR", "Rabat");
        put(m, "JOR", "Amman");
        put(m, "EGY", "Kairo", "Le Caire", "El Cairo", "Cairo");
        put(m, "PHL", "Manila", "Manille");
        put(m, "THA", "Bangkok");
        put(m, "COL", "Bogotá", "Bogota");
        put(m, "IRQ", "Bagdad", "Bagdá");
        put(m, "IRN", "Teheran", "Téhéran", "Teherán", "Teerã");
        put(m, "IND", "Neu-Delhi", "New Delhi", "Nueva Delhi", "Nova Délhi", "Nova Deli");
        put(m, "AUS", "Canberra");
        put(m, "NZL", "Wellington");
        put(m, "IDN", "Jakarta", "Yakarta", "Jacarta");
        put(m, "DNK", "Kopenhagen", "Copenhague");
        put(m, "GBR", "London", "Londres");
        put(m, "FRA", "Paris", "París");
        put(m, "DEU", "Berlin", "Berlín", "Bundesregierung");
        put(m, "ESP", "Madrid");
        put(m, "PRT", "Lisboa", "Lissabon", "Lisbonne");
        put(m, "CHN", "Peking", "Pékin", "Pequim", "Pekín", "Beijing");
        put(m, "RUS", "Moskau", "Moscou", "Moscú", "Moscovo", "Kreml", "Kremlin");
        put(m, "UKR", "Kiew", "Kiev", "Kyiv");
        put(m, "AFG", "Kabul", "Kaboul", "Cabul");
        put(m, "PAK", "Islamabad");
        put(m, "KOR", "Seoul", "Séoul", "Seúl");
        put(m, "JPN", "Tokio", "Tokyo", "Tóquio");
        put(m, "TWN", "Taipeh", "Taipei", "Taipé", "Taipéi");
        put(m, "ARE", "VAE", "EAU", "EAU", "Abu Dhabi", "Abou Dhabi");
        // a government's own aid agencies and ministries, named for the giver in every language ("BMZ sagte 98 Millionen Euro zu")
        put(m, "DEU", "BMZ", "KfW", "GIZ");
        put(m, "JPN", "JICA", "OSA"); // OSA: Japan's Official Security Assistance, named for its giver like JICA
        put(m, "KOR", "KOICA");
        put(m, "ESP", "AECID");
        put(m, "GBR", "DFID", "Downing Street");
        // seats of government and parliaments that stand for their country in its own press ("der Haushaltsausschuss des Bundestags hat … bewilligt")
        put(m, "DEU", "Bundestag", "Bundestags", "Bundestages", "Kanzleramt");
        put(m, "FRA", "Matignon", "Quai d'Orsay");
        put(m, "ESP", "Moncloa");
        put(m, "BRA", "Itamaraty", "Planalto");
        put(m, "ARG", "Casa Rosada");
        put(m, "COL", "Casa de Nariño");
        put(m, "GRC", "Athen", "Athènes", "Atenas", "Athens");
        put(m, "TUR", "Ankara");
        put(m, "POL", "Warschau", "Varsovie", "Varsovia", "Varsóvia", "Warsaw");
        put(m, "CAN", "Ottawa");
        put(m, "ITA", "Rom", "Rome", "Roma");
        put(m, "COD", "Zaire", "Zaïre", "Kinshasa");
        capitals(m);
    }

    /**
     * Capitals that outlets use for their governments ("Abidjan a offert au Burkina Faso un don", "la UE destina a
     * Chisinau"), in every language. Left out where the name is also a common word or another place ("Praia", "Lagos",
     * "La Paz", "Victoria", "San José", "Asunción"), is another word in one of the languages ("Damas" is ladies in
     * Spanish and Portuguese, "Colombo" Columbus in Portuguese: each only where it is the capital), or names an accord of another
     * country's war ("Minsk"); a capital after "in", "à" or "en" is a place, and the aid rules read it so.
     */
    static void capitals(Map<String, String> m) {
        put(m, "CIV", "Abidjan", "Yamoussoukro");
        put(m, "SEN", "Dakar");
        put(m, "MLI", "Bamako");
        put(m, "NER", "Niamey");
        put(m, "BFA", "Ouagadougou");
        put(m, "MRT", "Nouakchott");
        put(m, "TCD", "N'Djamena", "N’Djamena", "Ndjamena");
        put(m, "CMR", "Yaoundé", "Yaounde", "Jaunde");
        put(m, "NGA", "Abuja");
        put(m, "GHA", "Accra");
        put(m, "TGO", "Lomé");
        put(m, "BEN", "Cotonou", "Porto-Novo");
        put(m, "GIN", "Conakry");
        put(m, "GNB", "Bissau");
        put(m, "MOZ", "Maputo");
        put(m, "AGO", "Luanda");
        put(m, "RWA", "Kigali");
        put(m, "UGA", "Kampala");
        put(m, "ETH", "Addis Abeba", "Addis Ababa", "Addis-Abeba");
        put(m, "SOM", "Mogadischu", "Mogadiscio", "Mogadishu");
        put(m, "SDN", "Khartum", "Khartoum", "Jartum", "Cartum");
        put(m, "LBY", "Tripolis", "Tripoli", "Trípoli");
        put(m, "DZA", "Algier", "Alger", "Argel");
        put(m, "LBN", "Beirut", "Beyrouth", "Beirute");
        put(m, "SYR", "Damaskus", "Damasco", "Damascus");
        put(m, "YEM", "Sanaa", "Saná", "Sana'a");
        put(m, "MDA", "Chisinau", "Chișinău", "Chişinău", "Kischinau", "Kischinjow", "Chisináu");
        put(m, "GEO", "Tiflis", "Tbilisi", "Tbilissi");
        put(m, "ARM", "Eriwan", "Erevan", "Ereván", "Yerevan");
        put(m, "AZE", "Baku", "Bakou");
        put(m, "HTI", "Port-au-Prince", "Puerto Príncipe");
        put(m, "HND", "Tegucigalpa");
        put(m, "SLV", "San Salvador");
        put(m, "NIC", "Managua");
        put(m, "URY", "Montevideo", "Montevidéu");
        put(m, "DOM", "Santo Domingo", "Saint-Domingue");
        put(m, "CUB", "Havanna", "La Havane", "La Habana", "Havana");
        put(m, "VNM", "Hanoi", "Hanói");
        put(m, "KHM", "Phnom Penh");
        put(m, "MYS", "Kuala Lumpur");
        put(m, "BGD", "Dhaka", "Dacca");
        put(m, "NPL", "Kathmandu", "Katmandou", "Katmandú");
        put(m, "MNG", "Ulan Bator", "Oulan-Bator", "Ulán Bator");
        put(m, "PRK", "Pjöngjang", "Pyongyang", "Pionyang");
    }

    static Map<String, String> forLanguage(String lang) {
        Map<String, String> m = new LinkedHashMap<>();
        common(m);
        switch (lang) {
            case "fr" -> french(m);
            case "es" -> spanish(m);
            case "pt" -> portuguese(m);
            case "de" -> german(m);
            default -> { }
        }
        return m;
    }

    /** People whose surname is a country's name: Portugal's prime minister is no Montenegro. */
    private static final List<String> PEOPLE = List.of("Luís Montenegro", "Luis Montenegro");

    static List<String> blockers(String lang) {
        List<String> places = switch (lang) {
            case "fr" -> List.of("Amérique latine", "Amérique du Sud", "Amérique du Nord", "Amérique centrale", "Washington Post",
                    "Nouveau-Mexique", "Club de Paris", "continent américain", "hémisphère occidental");
            case "es" -> List.of("América Latina", "Latinoamérica", "América del Sur", "Sudamérica", "Suramérica",
                    "América del Norte", "Norteamérica", "Centroamérica", "América Central", "Washington Post", "Nuevo México",
                    "Cumbre de las Américas");
            case "pt" -> List.of("América Latina", "América do Sul", "América do Norte", "América Central", "Washington Post",
                    "Novo México", "Cúpula das Américas");
            // the currency is no country: "10,65 Millionen US-Dollar" names no party of the deal
            case "de" -> List.of("Lateinamerika", "Südamerika", "Nordamerika", "Mittelamerika", "Zentralamerika", "Washington Post",
                    "New Mexico", "US-Dollar", "US-Dollars");
            default -> List.of();
        };
        return java.util.stream.Stream.concat(places.stream(), PEOPLE.stream()).toList();
    }

    private static void french(Map<String, String> m) {
        put(m, "VNM", "Vietnam");
        // aid recipients the JDK names otherwise ("Congo-Kinshasa", "Territoires palestiniens")
        put(m, "COD", "République démocratique du Congo", "RDC", "RD Congo");
        put(m, "PSE", "Palestine", "territoires palestiniens", "bande de Gaza", "Gaza", "Autorité palestinienne");
        put(m, "CAF", "Centrafrique");
        put(m, "SUN", "Union soviétique", "soviétique", "soviétiques", "URSS");
        put(m, "USA", "Etats-Unis", "États-Unis", "Maison Blanche", "Maison-Blanche", "Pentagone", "Amérique");
        adj(m, "USA", "américain", "américaine", "américains", "américaines", "étasunien", "étasunienne");
        adj(m, "PER", "péruvien", "péruvienne", "péruviens", "péruviennes");
        adj(m, "COL", "colombien", "colombienne", "colombiens", "colombiennes");
        put(m, "COL", "Bogota", "Bogotá");
        adj(m, "ARG", "argentin", "argentine", "argentins", "argentines");
        adj(m, "BRA", "brésilien", "brésilienne", "brésiliens", "brésiliennes");
        adj(m, "CHL", "chilien", "chilienne", "chiliens", "chiliennes");
        adj(m, "ECU", "équatorien", "équatorienne", "équatoriens");
        adj(m, "MEX", "mexicain", "mexicaine", "mexicains");
        adj(m, "VEN", "vénézuélien", "vénézuélienne", "vénézuéliens");
        adj(m, "CHN", "chinois", "chinoise", "chinoises");
        adj(m, "RUS", "russe", "russes");
        adj(m, "SAU", "saoudien", "saoudienne", "saoudiens");
        put(m, "SAU", "Arabie Saoudite");
        adj(m, "MAR", "marocain", "marocaine", "marocains", "marocaines");
        adj(m, "FRA", "français", "française", "françaises");
        adj(m, "TUN", "tunisien", "tunisienne", "tunisiens");
        adj(m, "ISR", "israélien", "israélienne", "israéliens");
        adj(m, "UKR", "ukrainien", "ukrainienne", "ukrainiens");
        put(m, "GBR", "Grande-Bretagne", "Londres");
        put(m, "SYR", "Damas");
        put(m, "DEU", "Berlin");
        put(m, "FRA", "Paris", "Élysée");
        put(m, "COL", "Colombie");
        put(m, "TWN", "Taïwan");
        put(m, "PHL", "Philippines", "Manille");
    }

    private static void spanish(Map<String, String> m) {
        put(m, "CIV", "Costa de Marfil");
        // aid recipients the JDK names otherwise ("Territorios Palestinos")
        put(m, "COD", "RDC", "RD Congo");
        put(m, "PSE", "Palestina", "territorios palestinos", "Franja de Gaza", "Gaza", "Autoridad Palestina");
        put(m, "SUN", "Unión Soviética", "soviético", "soviética", "soviéticos", "URSS");
        put(m, "USA", "Estados Unidos", "Casa Blanca", "Pentágono", "EE UU", "Norteamérica");
        adj(m, "USA", "estadounidense", "estadounidenses", "norteamericano", "norteamericana", "norteamericanos", "norteamericanas");
        adj(m, "PER", "peruano", "peruana", "peruanos", "peruanas");
        put(m, "PER", "Peru");
        adj(m, "COL", "colombiano", "colombiana", "colombianos", "colombianas");
        put(m, "COL", "Bogotá", "Bogota");
        adj(m, "ARG", "argentino", "argentina", "argentinos", "argentinas");
        put(m, "ARG", "Casa Rosada");
        adj(m, "BRA", "brasileño", "brasileña", "brasileños", "brasileñas");
        adj(m, "CHL", "chileno", "chilena", "chilenos", "chilenas");
        adj(m, "ECU", "ecuatoriano", "ecuatoriana", "ecuatorianos");
        adj(m, "MEX", "mexicano", "mexicana", "mexicanos");
        put(m, "MEX", "Méjico");
        adj(m, "VEN", "venezolano", "venezolana", "venezolanos");
        adj(m, "CHN", "chino", "china", "chinos");
        adj(m, "RUS", "ruso", "rusa", "rusos");
        adj(m, "SAU", "saudí", "saudíes", "saudita", "sauditas");
        put(m, "SAU", "Arabia Saudita");
        adj(m, "MAR", "marroquí");
        adj(m, "ISR", "israelí", "israelíes");
        put(m, "GBR", "Gran Bretaña", "Londres");
        put(m, "PRY", "Asunción");
        put(m, "URY", "Montevideo");
        put(m, "BOL", "La Paz");
        put(m, "TWN", "Taiwán");
    }

    private static void portuguese(Map<String, String> m) {
        // European Portuguese spellings beside the Brazilian ones the JDK gives
        put(m, "EGY", "Egipto");
        put(m, "IRN", "Irão");
        put(m, "VNM", "Vietname");
        // aid recipients the JDK names otherwise ("Territórios palestinos", "Iêmen" only)
        put(m, "COD", "República Democrática do Congo", "RDC", "RD Congo");
        put(m, "PSE", "Palestina", "territórios palestinos", "Faixa de Gaza", "Gaza", "Autoridade Palestina");
        put(m, "YEM", "Iémen");
        // the spelling before the 2009 orthographic agreement, still common in Brazil
        put(m, "KOR", "Coréia do Sul", "Coréia");
        put(m, "PRK", "Coréia do Norte");
        put(m, "SUN", "União Soviética", "soviético", "soviética", "soviéticos", "URSS");
        put(m, "USA", "Estados Unidos", "Casa Branca", "Pentágono", "EUA");
        adj(m, "USA", "americano", "americana", "americanos", "americanas", "norte-americano", "norte-americana",
                "norte-americanos", "norte-americanas", "estadunidense", "estadunidenses", "estadounidense");
        adj(m, "PER", "peruano", "peruana", "peruanos", "peruanas");
        adj(m, "COL", "colombiano", "colombiana", "colombianos", "colombianas");
        put(m, "COL", "Colombia", "Bogotá");
        adj(m, "ARG", "argentino", "argentina", "argentinos", "argentinas");
        adj(m, "BRA", "brasileiro", "brasileira", "brasileiros", "brasileiras");
        put(m, "BRA", "Planalto", "Itamaraty");
        adj(m, "CHL", "chileno", "chilena", "chilenos");
        adj(m, "MEX", "mexicano", "mexicana", "mexicanos");
        adj(m, "VEN", "venezuelano", "venezuelana", "venezuelanos");
        adj(m, "CHN", "chinês", "chinesa", "chineses");
        adj(m, "RUS", "russo", "russa", "russos");
        adj(m, "SAU", "saudita", "sauditas");
        put(m, "SAU", "Arábia Saudita");
        put(m, "GBR", "Grã-Bretanha", "Londres");
        put(m, "TWN", "Taiwan");
    }

    private static void german(Map<String, String> m) {
        // the spellings before the 1996 reform, still in older reports
        put(m, "RUS", "Rußland", "Rußlands");
        put(m, "BLR", "Weißrussland", "Weißrusslands", "Weissrussland", "Weißrußland");
        // aid recipients the JDK names otherwise ("Kongo-Kinshasa", "Palästinensische Autonomiegebiete")
        put(m, "COD", "Demokratische Republik Kongo", "Demokratischen Republik Kongo", "DR Kongo");
        put(m, "PSE", "Palästina", "Palästinensergebiete", "Palästinensergebieten", "Gazastreifen", "Gaza");
        put(m, "MDA", "Moldau", "Moldawien");
        put(m, "CIV", "Elfenbeinküste");
        // German offices no other state has by these names (not "Bundeskanzler", "Bundesministerium": Austria's too)
        put(m, "DEU", "Bundesverteidigungsministerin", "Bundesverteidigungsminister", "Bundesverteidigungsministerium", "Bundesaußenministerin",
                "Bundesaußenminister", "Bundesentwicklungsministerin", "Bundesentwicklungsminister", "BMVg", "Auswärtiges Amt", "Auswärtige Amt",
                "Auswärtigen Amt", "Auswärtigen Amts", "Auswärtigen Amtes", "Bundeswehr", "BMZ", "Bundesentwicklungsministerium",
                "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung");
        put(m, "SUN", "Sowjetunion", "sowjetische", "sowjetischen", "sowjetischer", "UdSSR");
        put(m, "USA", "Vereinigten Staaten", "Weißen Haus", "Weiße Haus", "Weißes Haus", "Pentagon", "Amerika");
        adj(m, "USA", "amerikanische", "amerikanischen", "amerikanischer", "amerikanisches", "US-amerikanische",
                "US-amerikanischen", "US-Regierung", "US-Präsident", "US-Verteidigungsminister", "US-Außenminister");
        adj(m, "PER", "peruanische", "peruanischen", "peruanischer", "Perus");
        adj(m, "COL", "kolumbianische", "kolumbianischen", "kolumbianischer", "Kolumbiens");
        put(m, "COL", "Bogotá", "Bogota");
        adj(m, "ARG", "argentinische", "argentinischen", "argentinischer", "Argentiniens");
        adj(m, "BRA", "brasilianische", "brasilianischen", "brasilianischer", "Brasiliens");
        adj(m, "CHL", "chilenische", "chilenischen", "Chiles");
        adj(m, "MEX", "mexikanische", "mexikanischen", "Mexikos");
        adj(m, "VEN", "venezolanische", "venezolanischen", "Venezuelas");
        adj(m, "CHN", "chinesische", "chinesischen", "Chinas");
        adj(m, "RUS", "russische", "russischen", "Russlands");
        adj(m, "SAU", "saudische", "saudischen", "saudi-arabische", "saudi-arabischen", "Saudi-Arabiens");
        adj(m, "UKR", "ukrainische", "ukrainischen", "der Ukraine");
        put(m, "UKR", "Ukraine");
        adj(m, "ISR", "israelische", "israelischen", "Israels");
        adj(m, "TUR", "türkische", "türkischen", "Türkei");
        put(m, "GBR", "Großbritannien", "London");
        put(m, "DEU", "Bundesregierung", "Bundeswehr");
        // the federal ministers and offices: only Germany's are called so (Austria's ministers are "Verteidigungsministerin", with no "Bundes-")
        put(m, "DEU", "Bundesverteidigungsminister", "Bundesverteidigungsministerin", "Bundesverteidigungsministers", "Bundesaußenminister");
        put(m, "DEU", "Bundesaußenministerin", "Bundesaußenministers", "Bundesinnenminister", "Bundesinnenministerin", "Bundesinnenministers");
        put(m, "DEU", "Bundesentwicklungsminister", "Bundesentwicklungsministerin", "Bundesentwicklungsministers", "Bundesfinanzminister");
        put(m, "DEU", "Bundesfinanzministerin", "Bundesfinanzministers", "Bundeswirtschaftsminister", "Bundeswirtschaftsministerin");
        put(m, "DEU", "Bundeswirtschaftsministers", "Bundesjustizminister", "Bundesjustizministerin", "Bundesjustizministers");
        put(m, "DEU", "Bundesverteidigungsministerium", "Bundesverteidigungsministeriums", "Auswärtige Amt", "Auswärtigen Amt", "Auswärtigen Amts");
        put(m, "DEU", "Auswärtigen Amtes", "BMVg");
        put(m, "KOR", "Südkoreas", "südkoreanische", "südkoreanischen");
        put(m, "EGY", "Ägyptens", "ägyptische", "ägyptischen");
    }

    /** Demonyms and inflected forms: lower case in running text, capitalised at a sentence start. */
    private static void adj(Map<String, String> m, String iso3, String... forms) {
        for (String form : forms) {
            m.put(form, iso3);
            if (Character.isLowerCase(form.charAt(0))) {
                m.put(Character.toUpperCase(form.charAt(0)) + form.substring(1), iso3);
            }
        }
    }

    private static void put(Map<String, String> m, String iso3, String... names) {
        for (String name : names) {
            m.put(name, iso3);
        }
    }
}
