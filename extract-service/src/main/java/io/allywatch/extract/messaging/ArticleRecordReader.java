package io.allywatch.extract.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.RecordReader;

/**
 * Reads an {@code articles.raw} record value into an Article, or says why it cannot: the reason
 * travels to {@code articles.dlq} with the untouched record.
 */
public class ArticleRecordReader {
    private final RecordReader<Article> reader;

    public ArticleRecordReader(ObjectMapper json) {
        this.reader = RecordReader.articles(json, UnreadableArticle::new);
    }

    public Article read(byte[] value) {
        return reader.read(value);
    }

    /** The record cannot be read as an Article; the message is the dead-letter reason. */
    public static class UnreadableArticle extends RuntimeException {
        public UnreadableArticle(String reason) {
            super(reason, null, false, false);
        }
    }
}
