package io.allywatch.engine.aid;

import static io.allywatch.engine.aid.PartyReader.LEAD;
import static io.allywatch.engine.aid.PartyReader.USA;

import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.gazetteer.Aggressors;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.text.Prefiltered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries and institutions a sentence names, left to right ({@link PartyReader#parties} keeps the last sentence's):
 * the gazetteer's countries past a dateline, outside a company's name and not as an aggressor, each marked official where
 * its government, a minister or an office names it; the institutions of the aid cues; the US government by its branches.
 * Stateless and thread-safe, one per language.
 */
final class PartyFinder {
    /** A noun of government right before a country's adjective, as the Romance languages write it: "le gouvernement suédois". */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("\\b(?:gouvernement|ministre|ministère|président|présidente|chef\\s+de\\s+la\\s+diplomatie|ambassadeur|ambassadrice|ambassade|"
            + "exécutif|secrétaire\\s+d['’]État|gobierno|ministro|ministra|ministerio|presidente|presidenta|canciller|embajador|embajadora|embajada|Ejecutivo|"
            + "governo|ministério|embaixador|embaixadora|embaixada|primeiro-ministro|primeira-ministra)\\s+(?:fédéral\\s+|federal\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A country's adjective right before a noun of government, as English and German write it: "the British government", "die britische Premierministerin". */
    private static final Pattern OFFICE_AFTER = Pattern.compile("^\\s+(?:(?:Foreign|Defen[cs]e|Prime|Development)\\s+)?(?:government|minister|ministry|embassy|ambassador|president|chancellor|secretary|"
            + "Regierung|Bundesregierung|\\p{L}*[Mm]inister(?:in)?|\\p{L}*[Mm]inisterium|Präsident(?:in)?|Kanzler(?:in)?|Botschaft|Botschafter(?:in)?)\\b",
            Pattern.UNICODE_CASE);

    /** An office that is itself the name ("Bundesverteidigungsministerin", "Auswärtiges Amt", "BMVg"): a state named by its government. */
    static final Pattern OFFICE_NAMED = Pattern.compile("[\\p{L} ]*(?:[Mm]inister(?:in|ium)?|Amt|Amts|Amtes|BMVg|BMZ|Bundeswehr|Bundesregierung|Entwicklung)");

    /** A country inside a company's name or description: "Royal Bank of Canada", "Nomura Securities Co Ltd of Japan". */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("(?:\\b(?:Bank|Banque|Banco|Corp\\.?|Corporation|Co\\.?|Ltd\\.?|Inc\\.?|Company|Airways|Airlines|Group|Securities|Motors?)\\s+(?:of|du|de|do)\\s+(?:the\\s+)?)$");
    /** "UK-based bank", "Gibraltar-based Menatep Group": where a company sits, no party to aid. */
    private static final Pattern COMPANY_AFTER = Pattern.compile("^(?:-based|\\s+(?:Airways|Airlines|Bank|Telecom|Petroleum|Steel|Motors?)\\b)");

    /** A dateline, where the news was written: "LA PAZ, Bolivia —", "NIAMEH dpa |", "CARACAS (EuroEFE).-": a place, no party. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\s.'-]+(?:,\\s*\\p{Lu}[\\p{L}\\s.'-]{1,30}?)?\\s*(?:\\([^)]{1,30}\\)|dpa|AFP|EFE|Reuters|AP)?\\s*(?:[\u2014\u2013|]|\\.-|-\\s)"
            // "Berlin: (hib/VOM) ...": a place, a colon and the agency's mark
            + "|^\\s*\\p{Lu}\\p{L}+:\\s*\\([^)]{1,30}\\)");

    private final AidCues cues;
    private final CountryGazetteer gazetteer;

    PartyFinder(AidCues cues, CountryGazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
    }

    /** The countries and institutions a sentence names, left to right. */
    List<Party> find(String text) {
        List<Party> parties = new ArrayList<>();
        Matcher dateline = DATELINE.matcher(text);
        int placeEnd = dateline.lookingAt() ? dateline.end() : 0;
        for (CountryMention c : gazetteer.find(text)) {
            if (c.end() <= placeEnd) {
                continue;
            }
            if (COMPANY_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start())).find()
                    || COMPANY_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12))).find()
                    || Aggressors.isAggressor(text, c.start(), c.end())) { // "contre l'invasion russe": the war's background
                continue;
            }
            boolean official = OFFICE_BEFORE.matcher(text.substring(Math.max(0, c.start() - LEAD), c.start())).find()
                    || OFFICE_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + LEAD))).lookingAt()
                    || OFFICE_NAMED.matcher(text.substring(c.start(), c.end())).matches();
            parties.add(new Party(c.iso3(), c.start(), c.end(), false, false, official));
        }

        for (Map.Entry<Pattern, String> e : cues.institutions().entrySet()) {
            if (!Prefiltered.of(e.getKey()).mayFind(text)) {
                continue;
            }
            Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                int s = m.start();
                int end = m.end();
                if (parties.stream().noneMatch(p -> p.start() < end && s < p.end())) {
                    parties.add(new Party(e.getValue(), s, end, true));
                }
            }
        }
        boolean usGovernmentMay = Prefiltered.of(cues.usGovernment()).mayFind(text);
        Matcher us = cues.usGovernment().matcher(text);
        while (usGovernmentMay && us.find()) {
            int s = us.start();
            int end = us.end();
            // "US-Außenministerium", "Washington": the government, over the country the gazetteer saw in it
            if (parties.stream().allMatch(p -> !(p.start() < end && s < p.end()) || p.code().equals(USA) && !p.institution())) {
                parties.removeIf(p -> p.start() < end && s < p.end());
                parties.add(new Party(USA, s, end, false, true));
            }
        }
        parties.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(parties);
    }
}
