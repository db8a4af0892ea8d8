package io.allywatch.query.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.query.domain.ReferenceDesignation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reference list of known MNNA designations, shipped as a data file and read once at start. */
@ApplicationScoped
public class MnnaReference {
    private record ReferenceFile(String about, String checked, List<ReferenceDesignation> designations) {
    }

    private final Map<String, ReferenceDesignation> byCountry;

    public MnnaReference(ObjectMapper json, @ConfigProperty(name = "allywatch.reference.mnna-designations") String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference list " + resource + " is not on the class path");
            }
            ReferenceFile file = json.readValue(in, ReferenceFile.class);
            this.byCountry = file.designations().stream()
                    .collect(Collectors.toUnmodifiableMap(ReferenceDesignation::country, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("reference list " + resource + " is unreadable", e);
        }
    }

    /** The reference entry, or null when the list does not know the country. */
    public ReferenceDesignation of(String country) {
        return byCountry.get(country);
    }

    public int size() {
        return byCountry.size();
    }
}
