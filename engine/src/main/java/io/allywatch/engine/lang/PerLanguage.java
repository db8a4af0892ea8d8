package io.allywatch.engine.lang;

/** Chooses a language's own word list among the five the engine reads; English for any other. */
public final class PerLanguage {
    private PerLanguage() {
    }

    public static <T> T pick(String lang, T english, T french, T spanish, T portuguese, T german) {
        return switch (lang == null ? "en" : lang) {
            case "fr" -> french;
            case "es" -> spanish;
            case "pt" -> portuguese;
            case "de" -> german;
            default -> english;
        };
    }
}
