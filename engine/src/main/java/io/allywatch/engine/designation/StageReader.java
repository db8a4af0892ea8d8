package io.allywatch.engine.designation;

import static io.allywatch.engine.designation.DesignationExtractor.GERMAN_REACH;
import static io.allywatch.engine.designation.DesignationExtractor.GOVERNORS;
import static io.allywatch.engine.designation.DesignationExtractor.GOVERNOR_REACH;
import static io.allywatch.engine.designation.DesignationExtractor.NEGATION_REACH;
import static io.allywatch.engine.designation.TokenSpans.boundaryBetween;
import static io.allywatch.engine.designation.TokenSpans.words;

import io.allywatch.contract.DesignationStage;
import io.allywatch.engine.designation.Predicates.Cue;
import io.allywatch.engine.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stage a cue tells once the words that govern it are read: intent, notice to Congress, a
 * proposal, consideration, revocation, negation, hedge, threat, the tense and the auxiliaries.
 * Stateless and thread-safe.
 */
final class StageReader {
    private final String lang;

    StageReader(String lang) {
        this.lang = lang;
    }

    /** The US executive by its words, folded: the president, the White House, the administration, in five languages. */
    private static final Set<String> EXECUTIVE = Set.of("president", "presidente", "prasident", "white", "blanca", "branca", "blanche",
            "administration", "administracion", "administracao", "regierung", "biden", "trump", "obama", "bush", "clinton");
    private static final Set<String> CONGRESS = Set.of("congress", "congreso", "congresso", "congres", "kongress", "us-kongress");
    private static final int ASKER_REACH = 12;

    /** The US president or White House within a few words before the request, and Congress right after it: its addressee. */
    private static boolean executiveAsksCongress(List<Token> tokens, Cue ask) {
        boolean executive = false;
        for (int k = Math.max(0, ask.first() - ASKER_REACH); k < ask.first(); k++) {
            executive |= EXECUTIVE.contains(tokens.get(k).folded());
        }
        boolean congress = false;
        for (int k = ask.last() + 1; k < Math.min(tokens.size(), ask.last() + 5); k++) {
            congress |= CONGRESS.contains(tokens.get(k).folded());
        }
        return executive && congress;
    }

    static final Reading HOLDERS = new Reading(DesignationStage.DESIGNATED, false, true);

    /** What a cue says, once the words that govern it are read. {@code stage} null: the claim is taken back. */
    record Reading(DesignationStage stage, boolean weak, boolean listed) {
    }

    static final Reading TAKEN_BACK = new Reading(null, false, false);

    Reading read(List<Token> tokens, List<Cue> cues, Cue core, boolean headline) {
        EnumSet<Role> governing = EnumSet.noneOf(Role.class);
        int reach = "de".equals(lang) ? GERMAN_REACH : GOVERNOR_REACH;
        List<Cue> governors = new ArrayList<>();
        for (Cue c : cues) {
            if (c == core || c.last() >= core.first() || !GOVERNORS.contains(c.role()) && c.role() != Role.NEGATION) {
                continue;
            }
            if (words(tokens, c.last(), core.first()) <= reach && !boundaryBetween(tokens, c.last(), core.first())) {
                governors.add(c);
                if (c.role() != Role.NEGATION) {
                    governing.add(c.role());
                }
            }
        }
        // "does not support an appeal to grant": a negation just before the cue or before what governs it
        boolean negated = false;
        // German puts the verb last: "wollen Venezuela nicht zum Verbündeten außerhalb der NATO erklären"
        int negationReach = "de".equals(lang) ? reach : NEGATION_REACH;
        for (Cue neg : governors) {
            if (neg.role() != Role.NEGATION) {
                continue;
            }
            negated |= words(tokens, neg.last(), core.first()) <= negationReach;
            for (Cue g : governors) {
                negated |= g.role() != Role.NEGATION && g.first() > neg.last() && words(tokens, neg.last(), g.first()) <= negationReach;
            }
        }
        if (negated || governing.contains(Role.THREAT)) {
            return TAKEN_BACK;
        }
        Tense tense = Tense.of(lang, tokens, core.first());
        boolean later = tense.later() || governing.contains(Role.FUTURE) && tense != Tense.PLUPERFECT
                || (core.role() == Role.JOIN || core.role() == Role.OBTAIN) && progressive(tokens, core.first());
        if (tense == Tense.INFINITIVE) {
            // "haría de Qatar el segundo país en convertirse": the infinitive takes the tense of the verb before it
            for (Cue c : governors) {
                if (EnumSet.of(Role.GIVE, Role.OBTAIN, Role.JOIN, Role.COPULA).contains(c.role()) || c.role() == Role.FUTURE) {
                    later |= c.role() == Role.FUTURE || Tense.of(lang, tokens, c.first()).later();
                }
            }
        }
        boolean intended = governing.contains(Role.INTEND) || governing.contains(Role.NOTIFY) || core.role() == Role.NOTIFY
                || core.role() == Role.INTEND;
        boolean proposed = governing.contains(Role.PROPOSE) || governing.contains(Role.CONSIDER) || core.role() == Role.PROPOSE
                || core.role() == Role.CONSIDER;
        if (core.role() == Role.REVOKE || governing.contains(Role.REVOKE) && core.role() == Role.NOUN) {
            // A revocation announced, threatened or asked for is no step: only one that is done.
            return proposed || intended || later || governing.contains(Role.HEDGE) || tense == Tense.INFINITIVE ? TAKEN_BACK
                    : new Reading(DesignationStage.REVOKED, false, false);
        }
        if (proposed) {
            // "is considering whether to ask to be named": a request only thought of is no proposal yet
            Cue ask = governors.stream().filter(c -> c.role() == Role.PROPOSE).reduce((x, y) -> y).orElse(null);
            boolean doubted = ask != null && governors.stream().anyMatch(c -> c.last() < ask.first()
                    && (c.role() == Role.CONSIDER || c.role() == Role.HEDGE));
            if (!doubted && ask != null && executiveAsksCongress(tokens, ask)) {
                // "the president will ask Congress to grant Kenya the status": the administration's own request is how
                // its intent reaches Congress (eval/GUIDELINES.md: decided and announced), not a proposal of others
                return new Reading(DesignationStage.INTENDED, false, false);
            }
            return doubted ? TAKEN_BACK : new Reading(DesignationStage.PROPOSED, false, false);
        }
        if (governing.contains(Role.HEDGE)) {
            return TAKEN_BACK;
        }
        if (intended) {
            return new Reading(DesignationStage.INTENDED, false, false);
        }
        return switch (core.role()) {
            case GIVE, OBTAIN, JOIN -> later ? new Reading(DesignationStage.INTENDED, false, false)
                    : tense == Tense.INFINITIVE ? (headline || governing.contains(Role.ANNOUNCE)
                    ? new Reading(DesignationStage.INTENDED, true, false) : new Reading(DesignationStage.DESIGNATED, true, false))
                    : new Reading(DesignationStage.DESIGNATED, false, false);
            case FORMALIZE, HOLD, COPULA -> later ? new Reading(DesignationStage.INTENDED, true, false)
                    : new Reading(DesignationStage.DESIGNATED, core.role() != Role.FORMALIZE, false);
            case NOUN -> governing.contains(Role.ANNOUNCE) ? new Reading(DesignationStage.INTENDED, true, false)
                    : governing.contains(Role.FORMALIZE) ? new Reading(DesignationStage.DESIGNATED, false, false) : heldNoun(tokens, cues, core);
            case ANNOUNCE -> later ? new Reading(DesignationStage.INTENDED, true, false) : new Reading(DesignationStage.DESIGNATED, true, false);
            default -> null;
        };
    }

    /** Words between a verb of holding, getting or giving and the noun it takes ("tenía ya la designación"). */
    private static final int NOUN_OBJECT_REACH = 3;
    private static final Set<Role> TAKES_THE_NOUN = EnumSet.of(Role.HOLD, Role.OBTAIN, Role.GIVE);

    /**
     * "el país tenía ya la designación de gran aliado extra OTAN", "obtuvo la designación": the noun of the status as the
     * object of a verb of holding, getting or giving tells the step that verb tells; null when no such verb takes it.
     */
    private Reading heldNoun(List<Token> tokens, List<Cue> cues, Cue noun) {
        for (Cue c : cues) {
            if (TAKES_THE_NOUN.contains(c.role()) && c.last() < noun.first()
                    && words(tokens, c.last(), noun.first()) <= NOUN_OBJECT_REACH && !boundaryBetween(tokens, c.last(), noun.first())) {
                Tense tense = Tense.of(lang, tokens, c.first());
                return tense.later() ? new Reading(DesignationStage.INTENDED, true, false)
                        : tense == Tense.INFINITIVE ? null : new Reading(DesignationStage.DESIGNATED, true, false);
            }
        }
        return null;
    }

    /** "are joining", "is becoming": an English progressive of getting the status tells what is under way. */
    private boolean progressive(List<Token> tokens, int at) {
        return "en".equals(lang) && tokens.get(at).lower().endsWith("ing") && at > 0
                && Set.of("is", "are", "am").contains(tokens.get(at - 1).lower());
    }
}
