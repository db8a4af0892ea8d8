package io.allywatch.engine.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a head of state or government, defence or foreign minister stands for when the
 * text names the person alone ("Hu met Hun Sen", "Zelenski se reunió con Sánchez"): the people who
 * appear in news of alliances, aid and defence talks since the 1990s. Only names that tell their
 * country on their own: a surname shared with many others ("Santos", "Castillo", "Johnson") is
 * listed with its first name. The United States' leaders are read elsewhere, with its offices.
 * Immutable, thread-safe.
 */
public final class Leaders {
    private static final Map<String, String> BY_NAME = names();
    /** Longest names first, so "Nawaz Sharif" is one match; whole words only. */
    private static final Pattern ANY = Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|",
            BY_NAME.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])");

    private Leaders() {
    }

    /** A person named in a text, with the country they stand for (ISO alpha-3). */
    public record Named(String iso3, int start, int end) {
    }

    /** Every leader named in the text, in order. */
    public static List<Named> find(String text) {
        List<Named> found = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            found.add(new Named(BY_NAME.get(m.group()), m.start(), m.end()));
        }
        return found;
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "ARG", "Milei", "Macri", "Menem", "Kirchner", "Alberto Fernández", "Luis Petri");
        put(m, "BRA", "Bolsonaro", "Lula", "Temer", "Dilma Rousseff", "Fernando Henrique Cardoso", "Múcio");
        put(m, "COL", "Gustavo Petro", "Petro", "Iván Duque", "Duque", "Juan Manuel Santos", "Álvaro Uribe", "Uribe");
        put(m, "PER", "Boluarte", "Pedro Castillo", "José Jerí", "Hugo de Zela", "Vizcarra", "Humala");
        put(m, "ECU", "Noboa", "Guillermo Lasso", "Lenín Moreno", "Rafael Correa");
        put(m, "KEN", "Ruto", "Uhuru Kenyatta", "Kenyatta");
        put(m, "PHL", "Ferdinand Marcos", "Marcos Jr.", "Duterte", "Gloria Macapagal Arroyo", "Macapagal Arroyo", "Gilberto Teodoro");
        put(m, "JPN", "Kishida", "Shinzo Abe", "Ishiba", "Takaichi", "Motegi", "Yoshihide Suga", "Kamikawa", "Yoshimasa Hayashi");
        put(m, "KOR", "Yoon Suk Yeol", "Lee Jae-myung", "Moon Jae-in");
        put(m, "CHN", "Xi Jinping", "Hu Jintao", "Li Qiang", "Wang Yi");
        put(m, "IND", "Modi", "Manmohan Singh");
        put(m, "PAK", "Shehbaz Sharif", "Nawaz Sharif", "Imran Khan", "Musharraf");
        put(m, "AFG", "Karzai", "Ashraf Ghani");
        put(m, "UKR", "Zelensky", "Zelenskyy", "Zelenski", "Zelinski", "Selenskyj", "Zelenskiy", "Poroshenko", "Porochenko");
        put(m, "RUS", "Putin", "Poutine", "Putín", "Lavrov", "Lawrow", "Medvedev");
        put(m, "DEU", "Merkel", "Scholz", "Friedrich Merz", "Pistorius", "Baerbock", "Wadephul", "Steinmeier");
        put(m, "FRA", "Macron", "Hollande", "Sarkozy", "Le Drian", "Lecornu");
        put(m, "GBR", "Starmer", "Rishi Sunak", "Boris Johnson", "Theresa May", "John Healey", "Liz Truss", "David Lammy", "Ben Wallace", "Grant Shapps");
        put(m, "ESP", "Pedro Sánchez", "Margarita Robles", "Albares");
        put(m, "ITA", "Meloni");
        put(m, "PRT", "Luís Montenegro", "António Costa", "Marcelo Rebelo de Sousa");
        put(m, "NOR", "Jonas Gahr Støre", "Børge Brende", "Erna Solberg");
        put(m, "TUR", "Erdogan", "Erdoğan", "Erdogán");
        put(m, "ISR", "Netanyahu", "Netanjahu", "Netanyahou");
        put(m, "SAU", "Mohammed bin Salman", "Mohammed ben Salmane", "Mohamed bin Salmán", "bin Salman");
        put(m, "QAT", "Tamim bin Hamad", "Tamim ben Hamad");
        put(m, "EGY", "al-Sisi", "el-Sisi", "Sisi", "Mubarak", "Moubarak");
        put(m, "TUN", "Essebsi", "Kais Saied", "Kaïs Saïed");
        put(m, "TWN", "Tsai Ing-wen", "Lai Ching-te");
        put(m, "DNK", "Mette Frederiksen", "Lund Poulsen");
        put(m, "CAN", "Trudeau", "Mark Carney", "Mélanie Joly");
        put(m, "AUS", "Albanese", "Scott Morrison", "Marles");
        put(m, "MEX", "López Obrador", "Sheinbaum");
        put(m, "CHL", "Boric", "Piñera", "Bachelet");
        put(m, "KHM", "Hun Sen", "Hun Manet");
        put(m, "IDN", "Suharto", "Jokowi", "Prabowo");
        // offices and seats of government that name their state as a leader's name does
        // (not "Bundeskanzler", "Bundesregierung" or "Bundespräsident": Austria has them too)
        put(m, "DEU", "Bundesverteidigungsminister", "Bundesverteidigungsministerin", "Bundesaußenminister", "Bundesaußenministerin",
                "Bundesaussenminister");
        put(m, "FRA", "ministre des Armées", "ministère des Armées", "Quai d'Orsay", "Élysée");
        put(m, "GBR", "Downing Street");
        put(m, "BRA", "Itamaraty", "Palácio do Planalto");
        put(m, "ESP", "La Moncloa", "Moncloa");
        return m;
    }

    private static void put(Map<String, String> m, String iso3, String... names) {
        for (String n : names) {
            m.putIfAbsent(n, iso3);
        }
    }
}
