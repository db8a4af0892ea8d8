package io.allywatch.engine.text;

/**
 * A word or a punctuation mark of a sentence, by offsets into the sentence.
 *
 * @param lower  the word in lower case, accents kept (what morphology reads: "designará")
 * @param folded lower case without accents (what wordings match: "designara")
 * @param stem   the Snowball stem of the word ("design"); for punctuation, the mark itself
 */
public record Token(int index, int start, int end, String lower, String folded, String stem, boolean word) {

    public boolean is(String foldedWord) {
        return folded.equals(foldedWord);
    }
}
