package io.allywatch.engine.gazetteer;

/** A country named in a piece of text: ISO 3166-1 alpha-3 code and the offsets of the name. */
public record CountryMention(String iso3, int start, int end) {
}
