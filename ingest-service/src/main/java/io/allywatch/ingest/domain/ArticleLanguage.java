package io.allywatch.ingest.domain;

import io.allywatch.engine.lang.LanguageIdentifier;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language of an article at ingest, with the engine's own identifier so that ingest and
 * extraction never disagree. A language the sender declared is kept (the parser has checked its
 * form); only articles without one are identified, from their first {@code sample-chars}.
 */
@ApplicationScoped
@Startup // the model takes a second or more to load: at start, not in the first request
public class ArticleLanguage {
    private final LanguageIdentifier identifier = new LanguageIdentifier();
    private final int sampleChars;

    public ArticleLanguage(@ConfigProperty(name = "allywatch.ingest.language.sample-chars") int sampleChars) {
        this.sampleChars = sampleChars;
    }

    public Optional<String> of(String declared, String text) {
        if (declared != null) {
            return Optional.of(declared);
        }
        return identifier.identify(text.length() > sampleChars ? text.substring(0, sampleChars) : text);
    }
}
