package io.allywatch.query.domain;

/** A record that cannot be read as an Event (or an extraction record); the message is the dead-letter reason. */
public class UnreadableEvent extends RuntimeException {
    public UnreadableEvent(String reason) {
        super(reason, null, false, false);
    }
}
