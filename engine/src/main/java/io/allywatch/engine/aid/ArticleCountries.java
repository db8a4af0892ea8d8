package io.allywatch.engine.aid;

import static io.allywatch.engine.aid.PartyReader.USA;

import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which country an article is about, for aid in a sentence that names no one to get it ("ao país",
 * "dem südamerikanischen Land", an amount with no recipient at all): counted over the article's
 * sentences. Stateless and thread-safe.
 */
final class ArticleCountries {
    private final AidCues cues;
    private final CountryGazetteer gazetteer;
    private final PartyReader who;

    ArticleCountries(AidCues cues, CountryGazetteer gazetteer, PartyReader who) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.who = who;
    }

    /** The index of the first sentence naming the country, or the number of sentences if none does. */
    int firstNaming(List<Sentence> sentences, String iso3) {
        for (int i = 0; i < sentences.size(); i++) {
            if (gazetteer.find(sentences.get(i).text()).stream().anyMatch(c -> c.iso3().equals(iso3))) {
                return i;
            }
        }
        return sentences.size();
    }

    /** The country the article names most, twice at least, that gives nothing in this sentence; null if none stands out. */
    String mostNamed(List<Sentence> sentences, List<Party> here) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : sentences) {
            for (CountryMention c : gazetteer.find(s.text())) {
                counts.merge(c.iso3(), 1, Integer::sum);
            }
        }
        Set<String> giving = new HashSet<>();
        for (Party p : here) {
            giving.add(p.code()); // a party of this sentence is its donor or a bystander, not "the country"
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && !giving.contains(e.getKey()) && !e.getKey().equals(USA))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The country an article is about, for aid named in a sentence that names no one to get it: named in
     * three sentences at least and twice as often as any other but the US; none in this sentence but as
     * a place ("para la crisis migratoria en Colombia") or as the amount's giver; null if none stands out.
     */
    String articleSubject(Map<String, Integer> sentencesNaming, String text, List<Party> here, MoneyMention m) {
        for (Party p : here) {
            if (who.possesses(text, p, m)) {
                return null; // "Mexico's financing package, including a 7.7 billion dlr loan": the amount is that country's
            }
            if (!p.institution() && !p.government() && !who.led(text, p, 0, cues.place()) && !who.givesAsSubject(text, p)) {
                return null; // a country this sentence names in another role: the rules above had their say
            }
        }
        Map<String, Integer> counts = new HashMap<>(sentencesNaming);
        counts.remove(USA);
        for (Party p : here) {
            if (!who.led(text, p, 0, cues.place())) {
                counts.remove(p.code()); // the giver is not the one who gets
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < ARTICLE_SUBJECT_SENTENCES
                || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /** Per country, how many of the article's sentences name it: read once per article, when first needed. */
    Map<String, Integer> sentencesNaming(List<Sentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : sentences) {
            for (String code : gazetteer.find(s.text()).stream().map(CountryMention::iso3).distinct().toList()) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Sentences that must name a country for the article to be about it. */
    private static final int ARTICLE_SUBJECT_SENTENCES = 3;
}
