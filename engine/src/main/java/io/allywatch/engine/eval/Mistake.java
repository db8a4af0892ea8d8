package io.allywatch.engine.eval;

/**
 * One disagreement with the gold set, so a reader can see what an F1 figure is made of.
 *
 * @param kind     {@code missed} (in the gold set, not extracted) or {@code extra} (extracted, not in the gold set)
 * @param key      the event's scoring key, e.g. {@code AID|PER|84000000|2012}
 * @param evidence the sentence an extra event came from; empty for a missed one
 */
public record Mistake(String doc, String lang, String kind, String key, String evidence) {
}
