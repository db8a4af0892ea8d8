package io.allywatch.query.api;

import io.allywatch.contract.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of {@code /api/events} ended: the last (firstSeen, eventId) shown, for keyset paging
 * that new events cannot shift. Opaque to clients; a checksum catches cursors that were edited or
 * made up, and the query it was issued for is bound in, so it cannot be reused with other filters.
 * Not a secret: a client that forges a well-formed cursor only gets another valid page.
 */
public record EventCursor(Instant firstSeen, String eventId) {
    private static final String VERSION = "1";
    private static final int CHECKSUM_BYTES = 8;

    public String encode(String query) {
        String body = VERSION + "|" + firstSeen + "|" + eventId + "|" + checksum(VERSION + "|" + firstSeen + "|" + eventId, query);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or an explanation of what is wrong with it. */
    public static Cursor decode(String cursor, String query) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor.strip());
        } catch (IllegalArgumentException e) {
            return Cursor.invalid("cursor is not one this service issued (not base64url); pass back nextCursor unchanged");
        }
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return Cursor.invalid("cursor is not one this service issued; pass back nextCursor unchanged");
        }
        String body = parts[0] + "|" + parts[1] + "|" + parts[2];
        if (!checksum(body, query).equals(parts[3])) {
            return Cursor.invalid("cursor was altered, or was issued for other filters (type, country, since, until); "
                    + "start again without a cursor");
        }
        try {
            return new Cursor(Optional.of(new EventCursor(Instant.parse(parts[1]), parts[2])), null);
        } catch (java.time.DateTimeException e) {
            return Cursor.invalid("cursor is not one this service issued; pass back nextCursor unchanged");
        }
    }

    private static String checksum(String body, String query) {
        return ArticleIds.sha256Hex(body + "|" + query, CHECKSUM_BYTES);
    }

    /** A decoded cursor or the reason it is refused. */
    public record Cursor(Optional<EventCursor> position, String problem) {
        static Cursor invalid(String problem) {
            return new Cursor(Optional.empty(), problem);
        }
    }
}
