package io.allywatch.engine.aid;

/**
 * What the second reading of aid ({@link AidSecondReading}) knows of one candidate: an amount the rules
 * left unread and a country that may have got it. Each is a yes/no the rules already compute; the
 * {@link AidRanker}'s weights say how much each counts. Renaming or removing one is a new extractor
 * version: the shipped weights are keyed by these names.
 */
public enum AidFeature {
    /** The candidate is named in the amount's sentence. */
    IN_SENTENCE,
    /** ... led by the language's "to" ("to Ukraine", "à l'Égypte", "an die Ukraine"). */
    LED_BY_TO,
    /** ... led by the language's "from". */
    LED_BY_FROM,
    /** ... after the amount. */
    AFTER_AMOUNT,
    /** ... within three words of the amount. */
    NEAR_AMOUNT,
    /** ... four to ten words from it. */
    MID_AMOUNT,
    /** ... as its forces ("l'armée du Cameroun", "den jordanischen Streitkräften"). */
    FORCES_OF,
    /** ... as the subject of a verb of giving: a giver, not a getter. */
    GIVES_AS_SUBJECT,
    /** ... as the amount's owner ("Mexico's 7.7 billion dlr loan"). */
    POSSESSES,
    /** ... as a government, minister or leader. */
    OFFICIAL,
    /** ... joined to another country by "and" or a comma ("to Tanzania and Rwanda"): one of several. */
    JOINED_WITH_ANOTHER,
    /** The one country the sentence names. */
    ONLY_COUNTRY,
    /** The sentence names other countries besides it. */
    OTHER_COUNTRIES,
    /** The rules read aid to it elsewhere in the article. */
    RULES_RECIPIENT,
    /** ... the first recipient the rules read in the article. */
    FIRST_RECIPIENT,
    /** ... within two sentences of this one. */
    RECIPIENT_NEARBY,
    /** The rules read it giving aid in the article. */
    RULES_DONOR,
    /** The country the article names most. */
    MOST_NAMED,
    /** The recipient the rules picked for this amount before they dropped it as too weak. */
    RULES_PICK,
    /** A word of aid in the sentence. */
    AID_WORDS,
    /** A verb of giving in the sentence. */
    GIVE_WORD,
    /** A verb of receiving in the sentence. */
    RECEIVE_WORD,
    /** A word of the aid's purpose (military, humanitarian, ...) in the sentence. */
    PURPOSE_WORD,
    /** A headline. */
    HEADLINE,
    /** The sentence holds more than one amount. */
    SEVERAL_AMOUNTS,
    /** Smaller than an amount the rules read for the same candidate: maybe one of its parts. */
    BELOW_READ_AMOUNT,
    /** In the currency of aid the rules read. */
    CURRENCY_OF_READ_AID,
    /** Why the rules left the amount: the sentence has no word of aid. */
    UNREAD_NO_AID_WORDS,
    /** ... no recipient the rules trusted. */
    UNREAD_NO_RECIPIENT,
    /**
     * ... only weak readings: the recipient found by elimination with no word of aid, neither party
     * said surely, or the one picked giving here too.
     */
    UNREAD_WEAK,
    /** The article's language; English is the base. */
    LANG_DE,
    LANG_ES,
    LANG_FR,
    LANG_PT
}
