package io.allywatch.messaging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops SmallRye's own INFO line for each record it sends to a dead-letter topic (SRMSG18202):
 * {@link DeadLetterCounter} logs them instead, with the reason and within a budget. A service
 * turns it on with {@code quarkus.log.console.filter=allywatch-dead-letters}.
 */
@LoggingFilter(name = "allywatch-dead-letters")
public final class DeadLetterLogFilter implements Filter {
    static final String DEAD_LETTER_SENT = "SRMSG18202";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith(DEAD_LETTER_SENT);
    }
}
