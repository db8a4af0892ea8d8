package io.allywatch.engine.designation;

import io.allywatch.engine.lang.PerLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence names the US Major Non-NATO Ally status, by a small grammar per language over the
 * folded text ({@link io.allywatch.engine.text.Folding}): a word for an ally or partner, a few
 * words at most, then a phrase that puts it outside NATO, in any of the ways outlets write it
 * ("allié majeur des États-Unis non-membre de l'OTAN", "aliado principal de Estados Unidos, no
 * perteneciente a la OTAN", "Hauptverbündeter, der nicht Mitglied der NATO ist", "aliado
 * preferencial fora da Otan"); the compounds ("non-NATO ally", "Nicht-NATO-Verbündeter"); and the
 * acronym. Once an article has named the status, a reference to it ("ce statut", "dicha
 * designación", "diesen Rang", "the other allies") counts too.
 */
final class StatusTerms {

    /** A stretch of a sentence that names the status; offsets relative to the sentence. */
    record Term(int start, int end, boolean anaphoric) {
    }

    /** The alliance by its acronym or its full name in the five languages (folded). */
    private static final String NATO = "(?:nato|otan|north\\s+atlantic\\s+treaty\\s+organi[sz]ation|organisation\\s+du\\s+traite\\s+de\\s+l'\\s?atlantique\\s+nord"
            + "|organizacion\\s+del\\s+tratado\\s+del\\s+atlantico\\s+norte|organizacao\\s+do\\s+tratado\\s+do\\s+atlantico\\s+norte"
            + "|nordatlantikvertrags-?organisation|alianza\\s+atlantica|alliance\\s+atlantique|atlantischen\\s+bundnis|alianca\\s+atlantica"
            + "|atlantic\\s+alliance|atlantische[nr]?\\s+allianz|nordatlantischen\\s+bundnis)\\b";
    /** The members named as a group: "que no pertenece al círculo de países de la Alianza Atlántica", "ao grupo de países da Otan". */
    private static final String CIRCLE = "(?:(?:al|a\\s+los|ao|aos|au|du|del|do)\\s+(?:circulo|grupo|club|clube|bloque|bloco|cercle|groupe)\\s+(?:de\\s+|dos\\s+|des\\s+)?"
            + "(?:paises|estados|miembros|membros|pays|etats|membres)\\s+)?";
    private static final String ART = "(?:(?:de|da|do|del|der|a|à)\\s+)?(?:l'\\s?|la\\s+|el\\s+|a\\s+|die\\s+)?";
    /** Outside NATO, every way seen in five languages; text is folded (lower case, no accents, ß as s). */
    private static final String OUTSIDE = "(?:"
            + "(?:non|no|nao|nicht|extra|aus?serhalb)[\\s-]*(?:(?:membres?|miembros?|membros?|mitglied|pertenecientes?|pertencentes?)[\\s-]*)?" + ART + NATO
            + "|hors[\\s-]+(?:de\\s+)?(?:l'\\s?)?" + NATO
            + "|en\\s+dehors\\s+de\\s+l'\\s?" + NATO
            + "|exterieur\\w*\\s+(?:a|de)\\s+l'\\s?" + NATO
            + "|(?:fuera|fora|al\\s+margen|a\\s+margem|ajen[oa]s?|extern[oa]s?)\\s+(?:d[eo]l?\\s+(?:ambito|marco)\\s+d[eao]l?\\s+(?:la\\s+)?)?(?:de\\s+la\\s+|da\\s+|de\\s+|a\\s+la\\s+|a\\s+)?" + NATO
            + "|(?:que\\s+|qui\\s+)?(?:no|nao|n')\\s*(?:pertenece|pertencem?|pertenecen|es|e|est\\s+pas|sont\\s+pas|forma\\s+parte|faz\\s+parte|fait\\s+pas\\s+partie)"
            + "\\s+(?:miembros?\\s+|membres?\\s+|membros?\\s+)?" + CIRCLE + "(?:a\\s+la\\s+|de\\s+la\\s+|da\\s+|a\\s+|de\\s+l'\\s?|do\\s+)?" + NATO
            + "|(?:der|die|das)\\s+nicht\\s+(?:mitglied\\s+)?(?:der\\s+)?" + NATO
            + "|(?:der|die|das)\\s+(?:der\\s+)?" + NATO + "\\s+nicht\\s+angehor\\w*"
            + "|outside\\s+(?:of\\s+)?(?:the\\s+)?" + NATO
            + ")";
    private static final String GAP = "(?:[\\s,«»\"“”'’-]+[\\p{L}.'’-]+){0,6}?[\\s,«»\"“”'’-]*";
    private static final String MAJOR_NON_NATO = "\\b(?:major\\s+)?non[\\s-]*nato[\\s-]+all(?:y|ies)\\b(?:[\\s-]+status\\b)?";

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ACRONYM = Pattern.compile("\\bMNNAs?\\b");

    private final Pattern explicit;
    private final Pattern anaphor;

    private StatusTerms(String allyWords, String anaphor) {
        this.explicit = Pattern.compile(MAJOR_NON_NATO + "|\\b(?:" + allyWords + ")" + GAP + OUTSIDE + "|" + OUTSIDE_FIRST + "(?:" + allyWords + ")\\b"
                + "|" + OUTSIDE + WITH_THE_STATUS_OF + "(?:" + allyWords + ")\\b", CI);
        this.anaphor = Pattern.compile(anaphor, CI);
    }

    /** "país no perteneciente a la OTAN con la designación de aliado": the outside phrase, then the status of ally by its name. */
    private static final String WITH_THE_STATUS_OF = "\\s+(?:con|com|avec|mit|with)\\s+(?:la|el|o|a|le|dem|the)\\s+(?:designacion|designacao|designation|estatus|status|estatuto|statut"
            + "|condicion|condicao|titulo|titre|titel)\\s+(?:de|d'\\s?|of|als|eines|des)\\s+(?:(?:un|una|um|uma|an?)\\s+)?";

    /** "extra-OTAN aliados", "non-NATO partners": the outside phrase first, then the ally word. */
    private static final String OUTSIDE_FIRST = "\\b(?:non|nicht|extra|externe[nrms]?\\s+)[\\s-]*(?:nato|otan)[\\s-]+";

    static final StatusTerms ENGLISH = new StatusTerms("all(?:y|ies)|partners?",
            "\\b(?:this|the|that|its|their|such|same|similar|coveted|special|new|elevated|prized)\\s+(?:\\w+\\s+)?(?:status|designation)\\b(?!\\s+quo)"
                    + "|\\bother\\s+(?:\\w+\\s+)?all(?:y|ies)\\b|\\b(?:major|key)\\s+all(?:y|ies)\\s+status\\b");
    static final StatusTerms FRENCH = new StatusTerms("allie(?:e)?s?|partenaires?",
            "\\b(?:ce|cet|le|son|leur|meme|tel|ledit)\\s+(?:\\w+\\s+)?(?:statut|titre|rang|label)\\b"
                    + "|\\b(?:cette|la|sa|leur|telle|ladite)\\s+(?:\\w+\\s+)?(?:designation|qualification|categorie|distinction|reconnaissance)\\b"
                    + "|\\bautres\\s+(?:\\w+\\s+)?allies\\b|\\ballies?\\s+majeurs?\\b");
    static final StatusTerms SPANISH = new StatusTerms("aliad[oa]s?|socios?",
            "\\b(?:este|ese|el|dicho|mismo|tal|su|aquel)\\s+(?:\\w+\\s+)?(?:estatus|status|estatuto|titulo|rango|reconocimiento)\\b"
                    + "|\\b(?:esta|esa|la|dicha|tal|su|aquella)\\s+(?:\\w+\\s+)?(?:designacion|condicion|categoria|distincion|calificacion)\\b"
                    + "|\\b(?:otros|otras|demas)\\s+(?:\\w+\\s+)?aliad[oa]s\\b");
    static final StatusTerms PORTUGUESE = new StatusTerms("aliad[oa]s?|socios?|parceiros?",
            "\\b(?:este|esse|o|mesmo|tal|seu|aquele)\\s+(?:\\w+\\s+)?(?:status|estatuto|titulo|reconhecimento)\\b"
                    + "|\\b(?:esta|essa|a|tal|sua|aquela)\\s+(?:\\w+\\s+)?(?:designacao|condicao|categoria|distincao|qualificacao)\\b"
                    + "|\\boutros\\s+(?:\\w+\\s+)?aliad[oa]s\\b");
    static final StatusTerms GERMAN = new StatusTerms("[\\p{L}-]*verbundete[nrms]?|[\\p{L}-]*bundnispartner\\w*|[\\p{L}-]*alliierte[nrms]?|[\\p{L}-]*partner(?:n|s|in|innen)?",
            "\\b(?:diese[nrms]?|de[nrms]|solche[nrms]?|seine[nrms]?|ihre[nrms]?|gleiche[nrms]?)\\s+(?:\\w+\\s+)?(?:status|sonderstatus|rang|titel)\\b"
                    + "|\\b(?:diese|die|solche|eine)\\s+(?:\\w+\\s+)?(?:einstufung|ernennung|auszeichnung|bezeichnung|position)\\b"
                    + "|\\b(?:anderen?|weiteren?)\\s+(?:\\w+\\s+)?(?:verbundeten|bundnispartner)\\b");

    static StatusTerms forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    /**
     * Every wording of the status in every language holds "NATO", "OTAN", "MNNA" or the alliance's name (any case): a
     * plain scan for them spares the expressions on nearly every sentence of the news.
     */
    static boolean mentionsNato(String sentence) {
        for (int i = 0, n = sentence.length() - 3; i < n; i++) {
            // the first two letters first, by hand: n, o, t are among the commonest letters of every language here
            char c = (char) (sentence.charAt(i) | 0x20);
            char d = (char) (sentence.charAt(i + 1) | 0x20);
            boolean found = switch (c) {
                case 'n' -> d == 'a' && regionIs(sentence, i, "nato");
                case 'o' -> d == 't' && regionIs(sentence, i, "otan");
                case 'm' -> d == 'n' && regionIs(sentence, i, "mnna");
                case 't' -> d == 'l' && (regionIs(sentence, i, "tlant") || regionIs(sentence, i, "tlânt") || regionIs(sentence, i, "tlánt"));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(String s, int at, String lower) {
        return s.regionMatches(true, at, lower, 0, lower.length());
    }

    /** Whether the sentence names the status outright. {@code folded} is the sentence folded. */
    boolean hasExplicit(String sentence, String folded) {
        return mentionsNato(sentence) && (explicit.matcher(folded).find() || ACRONYM.matcher(sentence).find());
    }

    /** Explicit terms, and references too when {@code anaphoraAllowed}; sorted, without overlaps. */
    List<Term> find(String sentence, String folded, boolean anaphoraAllowed) {
        List<Term> terms = new ArrayList<>();
        if (mentionsNato(sentence)) {
            Matcher m = explicit.matcher(folded);
            while (m.find()) {
                terms.add(new Term(m.start(), m.end(), false));
            }
            Matcher a = ACRONYM.matcher(sentence);
            while (a.find()) {
                add(terms, a.start(), a.end(), false);
            }
        }
        if (anaphoraAllowed) {
            Matcher a = anaphor.matcher(folded);
            while (a.find()) {
                add(terms, a.start(), a.end(), true);
            }
        }
        terms.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return terms;
    }

    private static void add(List<Term> terms, int start, int end, boolean anaphoric) {
        if (terms.stream().noneMatch(t -> t.start() < end && start < t.end())) {
            terms.add(new Term(start, end, anaphoric));
        }
    }
}
