package io.allywatch.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells article lines from the page furniture that scrapers keep: link lists, comment forms,
 * subscription prompts. Such lines are never a source of events.
 */
public final class BoilerplateFilter {

    /** What a line is, as far as extraction cares. */
    public enum LineKind {
        CONTENT,
        /** Page furniture: skip this line only. */
        BOILERPLATE,
        /** The article is over ("related news", "Leave a Reply"): skip this line and all after it. */
        END_OF_ARTICLE
    }

    // Markers that only ever open the trailer of a page; matched against the whole (short) line.
    private static final Pattern END_MARKER = Pattern.compile(
            "(?:related(?: news| stories| articles| posts| coverage| content| reading)?|"
                    + "leave a (?:reply|comment)|post a comment|\\d* ?comments?|"
                    + "more (?:in|from|headlines|stories|news)\\b.*|you (?:may|might) also like|"
                    + "recommended(?: for you| stories)?|read (?:more|next|also)|share this:?|like this:?|"
                    + "most (?:read|popular|viewed)|trending(?: now)?|also read|see also|"
                    + "(?:à )?lire aussi|articles? (?:liés|similaires)|sur le même sujet|"
                    + "(?:noticias|notas|artículos) relacionad[oa]s|lea también|te puede interesar|"
                    + "(?:notícias|matérias) relacionadas|leia (?:também|mais)|"
                    + "mehr zum thema|lesen sie auch|das könnte sie auch interessieren|weitere artikel|kommentare?)[:.!]?");

    private static final List<String> FURNITURE_PHRASES = List.of(
            "subscribe", "sign up", "sign-up", "log in", "login", "log out", "logout", "register now",
            "you are commenting using", "fill in your details", "click an icon", "connecting to %s",
            "requires javascript", "enable javascript", "you will be redirected", "filed under",
            "cookie", "all rights reserved", "newsletter", "digital edition", "advertisement",
            "share on ", "follow us", "notify me of", "your email address will not be published",
            "required fields are marked", "save my name, email",
            "abonnez-vous", "inscrivez-vous", "aimez-vous le reportage", "besoin de votre soutien", "faites un don",
            "suscríbete", "suscribirse", "regístrate", "inscreva-se", "assine já", "assine a newsletter",
            "jetzt abonnieren", "abonnieren sie", "newsletter abonnieren", "anmelden");

    /** Furniture phrases only condemn short lines: a long paragraph that says "subscribe" is still news. */
    private static final int FURNITURE_MAX_CHARS = 160;
    /** A line of fewer words cannot state who designates whom. */
    private static final int MIN_WORDS = 4;
    private static final int END_MARKER_MAX_CHARS = 60;

    public LineKind classify(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= END_MARKER_MAX_CHARS) {
            String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT).strip();
            if (END_MARKER.matcher(lower).matches()) {
                return LineKind.END_OF_ARTICLE;
            }
        }
        if (length <= FURNITURE_MAX_CHARS) {
            String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
            for (String phrase : FURNITURE_PHRASES) {
                if (lower.contains(phrase)) {
                    return LineKind.BOILERPLATE;
                }
            }
        }
        if (countWords(text, start, end, MIN_WORDS) < MIN_WORDS) {
            return LineKind.BOILERPLATE;
        }
        return LineKind.CONTENT;
    }

    /** Words are runs that contain a letter; counting stops at {@code enough} so long lines stay cheap. */
    private static int countWords(CharSequence text, int start, int end, int enough) {
        int words = 0;
        boolean inWord = false;
        boolean wordHasLetter = false;
        for (int i = start; i < end && words < enough; i++) {
            char c = text.charAt(i);
            if (TextSegmenter.isSpace(c)) {
                if (inWord && wordHasLetter) {
                    words++;
                }
                inWord = false;
                wordHasLetter = false;
            } else {
                inWord = true;
                wordHasLetter |= Character.isLetter(c);
            }
        }
        if (inWord && wordHasLetter) {
            words++;
        }
        return words;
    }
}
