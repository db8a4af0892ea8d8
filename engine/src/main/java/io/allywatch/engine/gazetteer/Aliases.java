package io.allywatch.engine.gazetteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Country names the JDK does not know: acronyms, older and newer names, seats of government used
 * for the country ("Washington said"), and demonyms. A modest list, weighted to the Americas and
 * to the countries that hold or sought Major Non-NATO Ally status.
 */
final class Aliases {

    static final Map<String, String> ALIASES;

    /** Longer names that contain a country name but are not that country. */
    static final List<String> BLOCKERS = List.of(
            "Latin America", "Latin American", "Latin Americans", "South America", "South American",
            "North America", "North American", "Central America", "Central American", "Americas",
            "Pan American", "Pan-American", "Inter-American", "Anglo-American", "African American",
            "Native American", "New Mexico", "New Mexican", "New Jersey", "New South Wales",
            "Washington Post", "Washington Times", "Paris Club", "George Washington", "Washington State",
            "Indian Ocean", "Native Americans", "African Americans", "Luís Montenegro", "Luis Montenegro");

    static {
        Map<String, String> m = new LinkedHashMap<>();
        usa(m, "U.S.", "U.S.A.", "US", "USA", "United States of America", "America", "American", "Americans",
                "Washington", "White House", "Pentagon");
        put(m, "GBR", "UK", "U.K.", "Britain", "Great Britain", "British");
        put(m, "ARE", "UAE", "U.A.E.", "Emirati", "Abu Dhabi");
        put(m, "RUS", "Russian Federation", "Russian", "Russians", "Moscow", "Kremlin");
        put(m, "CHN", "People's Republic of China", "Chinese", "Beijing");
        put(m, "TWN", "Republic of China", "Taiwanese", "Taipei");
        put(m, "KOR", "Republic of Korea", "South Korean", "Seoul");
        put(m, "PRK", "North Korean", "Pyongyang");
        put(m, "TUR", "Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara");
        put(m, "CZE", "Czech Republic");
        put(m, "CIV", "Ivory Coast", "Cote d'Ivoire");
        put(m, "COD", "Democratic Republic of the Congo", "DR Congo", "DRC", "Zaire");
        put(m, "COG", "Republic of the Congo");
        put(m, "PSE", "Palestine", "Palestinian Authority", "Palestinian territories", "Palestinians");
        // ISO 3166-3 keeps SUN for the Soviet Union: Reuters 1987 speaks of it, not of Russia
        put(m, "SUN", "Soviet Union", "Soviet", "Soviets", "USSR", "U.S.S.R.");
        put(m, "VAT", "Vatican");
        put(m, "SWZ", "Swaziland");
        put(m, "MKD", "Macedonia");
        // The Americas, where this project looks first.
        put(m, "PER", "Peruvian", "Peruvians", "Lima");
        put(m, "COL", "Colombian", "Colombians", "Bogota", "Bogotá");
        put(m, "ARG", "Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean", "Buenos Aires");
        put(m, "BRA", "Brazilian", "Brazilians", "Brasilia", "Brasília");
        put(m, "CHL", "Chilean", "Chileans", "Santiago");
        put(m, "ECU", "Ecuadorian", "Ecuadorean", "Quito");
        put(m, "BOL", "Bolivian", "La Paz");
        put(m, "VEN", "Venezuelan", "Venezuelans", "Caracas");
        put(m, "MEX", "Mexican", "Mexicans", "Mexico City");
        put(m, "PRY", "Paraguayan", "Asunción", "Asuncion");
        put(m, "URY", "Uruguayan", "Montevideo");
        put(m, "CUB", "Cuban", "Havana");
        put(m, "NIC", "Nicaraguan", "Managua");
        put(m, "PAN", "Panamanian");
        put(m, "CAN", "Canadian", "Ottawa");
        // Holders of the status and other frequent names in defence news.
        put(m, "SAU", "Saudi", "Riyadh");
        put(m, "QAT", "Qatari", "Doha");
        put(m, "KWT", "Kuwaiti");
        put(m, "BHR", "Bahraini", "Manama");
        put(m, "JOR", "Jordanian", "Amman");
        put(m, "EGY", "Egyptian", "Cairo");
        put(m, "ISR", "Israeli", "Jerusalem", "Tel Aviv");
        put(m, "MAR", "Moroccan", "Rabat");
        put(m, "TUN", "Tunisian", "Tunis");
        put(m, "KEN", "Kenyan", "Nairobi");
        put(m, "PAK", "Pakistani", "Islamabad");
        put(m, "AFG", "Afghan", "Kabul");
        put(m, "IND", "Indian", "New Delhi");
        put(m, "JPN", "Japanese", "Tokyo");
        put(m, "AUS", "Australian", "Canberra");
        put(m, "NZL", "New Zealander");
        put(m, "PHL", "Filipino", "Philippine", "Manila");
        put(m, "THA", "Thai", "Bangkok");
        put(m, "UKR", "Ukrainian", "Ukrainians", "Kyiv", "Kiev");
        put(m, "IRN", "Iranian", "Tehran");
        put(m, "IRQ", "Iraqi", "Baghdad");
        put(m, "SYR", "Syrian", "Damascus");
        put(m, "FRA", "French", "Paris");
        put(m, "DEU", "German", "Berlin");
        put(m, "ESP", "Spanish", "Madrid", "AECID");
        // a government's own aid agencies, named for the giver ("JICA will lend", "KfW signed")
        put(m, "JPN", "JICA", "OSA", "Official Security Assistance");
        put(m, "DEU", "BMZ", "KfW", "GIZ");
        put(m, "KOR", "KOICA");
        put(m, "GBR", "DFID", "Downing Street");
        put(m, "DEU", "Bundestag");
        put(m, "BRA", "Itamaraty", "Planalto");
        put(m, "ARG", "Casa Rosada");
        ForeignAliases.capitals(m);
        put(m, "LKA", "Colombo");
        ALIASES = java.util.Collections.unmodifiableMap(m); // in the order written: the same index on every run
    }

    private Aliases() {
    }

    private static void usa(Map<String, String> m, String... names) {
        put(m, "USA", names);
    }

    private static void put(Map<String, String> m, String iso3, String... names) {
        for (String name : names) {
            m.put(name, iso3);
        }
    }
}
