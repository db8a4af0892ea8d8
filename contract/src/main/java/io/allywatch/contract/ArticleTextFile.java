package io.allywatch.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An article kept as a plain text file ({@code seeds/001_peru.txt}) with its other fields in a
 * sidecar beside it ({@code 001_peru.meta.json}: url, source, title, publishedAt, lang). The one
 * reader of that layout, for the CLI's {@code ingest}/{@code extract} and for the gold set.
 */
public final class ArticleTextFile {
    /** The sidecar's ending, after the text file's name without its extension. */
    public static final String SIDECAR = ".meta.json";

    private ArticleTextFile() {
    }

    /** The sidecar of a text file, whether or not it exists. */
    public static Path sidecarOf(Path textFile) {
        String name = textFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return textFile.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + SIDECAR);
    }

    /**
     * The article as Article JSON: the sidecar's fields (when there is one) and {@code text}.
     *
     * @throws IOException when a file cannot be read or the sidecar is not one JSON object
     */
    public static ObjectNode readJson(Path textFile) throws IOException {
        ObjectNode article = ContractJson.mapper().createObjectNode();
        Path sidecar = sidecarOf(textFile);
        if (Files.exists(sidecar)) {
            JsonNode meta = ContractJson.mapper().readTree(sidecar.toFile());
            if (meta == null || !meta.isObject()) {
                throw new IOException(sidecar + " must hold one JSON object");
            }
            article.setAll((ObjectNode) meta);
        }
        article.put("text", Files.readString(textFile, StandardCharsets.UTF_8));
        return article;
    }

    /** The article as a record; fields the sidecar does not give are null. */
    public static Article read(Path textFile) throws IOException {
        return ContractJson.mapper().treeToValue(readJson(textFile), Article.class);
    }
}
