package io.allywatch.engine.designation;

import io.allywatch.engine.text.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tense or mood of a cue verb, read from its ending and the auxiliaries before it, per
 * language: enough to tell a step announced for later ("designará", "désignerait", "will name",
 * "werde … ernennen") from one done ("designó", "a désigné", "named", "hat … ernannt").
 */
enum Tense {
    FUTURE, CONDITIONAL, INFINITIVE, PLUPERFECT, PAST_OR_PRESENT;

    private static final Pattern FR_FUTURE = Pattern.compile(".{3,}(?:erai|eras|era|erons|erez|eront|irai|iras|ira|irons|iront|drai|dra|dront|rra|rront)$");
    private static final Pattern FR_CONDITIONAL = Pattern.compile(".{3,}(?:erais|erait|erions|eriez|eraient|irais|irait|iraient|drait|draient|rrait|rraient)$");
    private static final Pattern FR_INFINITIVE = Pattern.compile(".{3,}(?:er|ir|re|oir)$");
    private static final Pattern ES_FUTURE = Pattern.compile(".{2,}(?:ará|erá|irá|arán|erán|irán|aré|eré|iré|drá|drán)$");
    private static final Pattern ES_CONDITIONAL = Pattern.compile(".{2,}(?:aría|ería|iría|arían|erían|irían|dría|drían)$");
    private static final Pattern ES_INFINITIVE = Pattern.compile(".{2,}(?:ar|er|ir)(?:le|les|lo|la|los|las|se)?$");
    private static final Pattern PT_FUTURE = Pattern.compile(".{2,}(?:ará|erá|irá|arão|erão|irão|arei|erei|irei)$");
    private static final Pattern PT_CONDITIONAL = Pattern.compile(".{2,}(?:aria|eria|iria|ariam|eriam|iriam)$");
    private static final Pattern PT_INFINITIVE = Pattern.compile(".{2,}(?:ar|er|ir|or)$");
    /** How many words back a German verb at the end of its clause may have its auxiliary ("wird Präsident Biden … verleihen"). */
    private static final int GERMAN_AUXILIARY_REACH = 26;
    private static final Pattern PARTICIPLE_ROMANCE = Pattern.compile(".{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|i|ie|is|u|ue|us|it|ite)$");

    /** The tense of the verb at {@code at}, looking back at most {@code reach} tokens for auxiliaries. */
    static Tense of(String lang, List<Token> tokens, int at) {
        String w = tokens.get(at).lower();
        Token prev = previousWord(tokens, at, 1);
        Token prev2 = previousWord(tokens, at, 2);
        Token prev3 = previousWord(tokens, at, 3);
        switch (lang) {
            case "fr" -> {
                if (anyIs(prev, prev2, "avait", "avaient") || anyIs(prev, prev2, "était", "étaient") && PARTICIPLE_ROMANCE.matcher(w).matches()) {
                    return PLUPERFECT;
                }
                if (anyIs(prev, prev2, "sera", "seront")) {
                    return FUTURE;
                }
                if (anyIs(prev, prev2, "serait", "seraient")) {
                    return CONDITIONAL;
                }
                if (FR_CONDITIONAL.matcher(w).matches()) {
                    return CONDITIONAL;
                }
                if (FR_FUTURE.matcher(w).matches()) {
                    return FUTURE;
                }
                if (FR_INFINITIVE.matcher(w).matches()) {
                    return anyIs(prev, prev2, "va", "vont", "allait", "allaient") ? FUTURE : INFINITIVE;
                }
                return PAST_OR_PRESENT;
            }
            case "es" -> {
                if (anyIs(prev, prev2, "había", "habían", "hubiera")) {
                    return PLUPERFECT;
                }
                if (anyIs(prev, prev2, "será", "serán")) {
                    return FUTURE;
                }
                if (anyIs(prev, prev2, "sería", "serían")) {
                    return CONDITIONAL;
                }
                if (ES_CONDITIONAL.matcher(w).matches()) {
                    return CONDITIONAL;
                }
                if (ES_FUTURE.matcher(w).matches()) {
                    return FUTURE;
                }
                if (ES_INFINITIVE.matcher(w).matches()) {
                    return prev != null && prev.is("a") && anyIs(prev2, prev3, "va", "van", "iba", "iban", "vamos", "voy") ? FUTURE : INFINITIVE;
                }
                return PAST_OR_PRESENT;
            }
            case "pt" -> {
                if (anyIs(prev, prev2, "tinha", "tinham", "havia", "haviam")) {
                    return PLUPERFECT;
                }
                if (anyIs(prev, prev2, "será", "serão")) {
                    return FUTURE;
                }
                if (anyIs(prev, prev2, "seria", "seriam")) {
                    return CONDITIONAL;
                }
                if (PT_CONDITIONAL.matcher(w).matches()) {
                    return CONDITIONAL;
                }
                if (PT_FUTURE.matcher(w).matches()) {
                    return FUTURE;
                }
                if (PT_INFINITIVE.matcher(w).matches() || w.contains("-") || w.equals("pôr")) { // "pôr fim": too short for the pattern
                    return anyIs(prev, prev2, "vai", "vão", "ia", "iam", "irá") ? FUTURE : INFINITIVE;
                }
                return PAST_OR_PRESENT;
            }
            case "de" -> {
                // A subordinate clause puts the auxiliary right after the verb: "dass er Brasilien … einstufen wird"
                Token next = nextWord(tokens, at);
                if (next != null && w.endsWith("en") && !w.startsWith("ge")) {
                    if (next.is("wird") || next.is("werden") || next.is("soll") || next.is("sollen") || next.is("will") || next.is("wolle")) {
                        return FUTURE;
                    }
                }
                // Verb last: the auxiliary may stand anywhere before it in the clause.
                for (int k = at - 1, seen = 0; k >= 0 && seen < GERMAN_AUXILIARY_REACH; k--) {
                    Token t = tokens.get(k);
                    if (!t.word()) {
                        if (t.lower().equals(";") || t.lower().equals(":")) {
                            break;
                        }
                        continue;
                    }
                    seen++;
                    switch (t.folded()) {
                        case "hatte", "hatten", "war", "waren" -> {
                            return PLUPERFECT;
                        }
                        case "soll", "sollen", "solle", "sollte", "werde", "wurde_", "will", "wolle", "wollen" -> {
                            return FUTURE;
                        }
                        case "wurde", "würden", "wurden" -> {
                            // "würde ... ernennen" (folded "wurde" is also the past "wurde ... ernannt")
                            return t.lower().startsWith("wü") ? CONDITIONAL : PAST_OR_PRESENT;
                        }
                        case "wird", "werden" -> {
                            // "wird ... ernennen" is future; "ernannt wird" / "wird ... ernannt" is the present passive
                            return w.endsWith("en") && !w.startsWith("ge") && !w.endsWith("ernannt") ? FUTURE : PAST_OR_PRESENT;
                        }
                        default -> {
                        }
                    }
                }
                if (prev != null && prev.is("zu") || w.matches(".+zu\\p{L}+en")) {
                    return INFINITIVE;
                }
                return PAST_OR_PRESENT;
            }
            default -> {
                if (anyIs(prev, prev2, "had") || prev3 != null && prev3.is("had")) {
                    return PLUPERFECT;
                }
                if (anyIs(prev, prev2, "will", "shall", "'ll") || prev3 != null && prev3.is("will")) {
                    return FUTURE;
                }
                if (anyIs(prev, prev2, "would") || prev3 != null && prev3.is("would")) {
                    return CONDITIONAL;
                }
                if (prev != null && prev.is("to") || prev2 != null && prev2.is("to") && prev.folded().endsWith("ly")) {
                    return INFINITIVE;
                }
                return PAST_OR_PRESENT;
            }
        }
    }

    boolean later() {
        return this == FUTURE || this == CONDITIONAL;
    }

    /** The word right after {@code at}, null at a punctuation mark or the end. */
    private static Token nextWord(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(at + 1);
        return t.word() ? t : null;
    }

    private static Token previousWord(List<Token> tokens, int at, int n) {
        int seen = 0;
        for (int k = at - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.lower().equals(",") || t.lower().equals(";")) {
                    return null;
                }
                continue;
            }
            if (++seen == n) {
                return t;
            }
        }
        return null;
    }

    private static boolean anyIs(Token a, Token b, String... words) {
        for (String w : words) {
            if (a != null && a.lower().equals(w) || b != null && b.lower().equals(w)) {
                return true;
            }
        }
        return false;
    }
}
