package io.allywatch.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to one line of a batch. {@code status} is {@code accepted}, {@code duplicate},
 * {@code rejected} (this line only: {@code code} and {@code reason} say why) or
 * {@code unavailable} (Kafka is down: this line and all after it were not taken; send them again
 * after {@code retryAfterSeconds}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLineResult(long line, String status, String articleId, String nearDuplicateOf, Integer code,
                              String reason, Long retryAfterSeconds) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";
    public static final String UNAVAILABLE = "unavailable";

    static BatchLineResult taken(long line, String articleId, boolean duplicate, String nearDuplicateOf) {
        return new BatchLineResult(line, duplicate ? DUPLICATE : ACCEPTED, articleId, nearDuplicateOf, null, null, null);
    }

    static BatchLineResult rejected(long line, int code, String reason) {
        return new BatchLineResult(line, REJECTED, null, null, code, reason, null);
    }

    static BatchLineResult unavailable(long line, String reason, long retryAfterSeconds) {
        return new BatchLineResult(line, UNAVAILABLE, null, null, 503, reason, retryAfterSeconds);
    }
}
