package io.allywatch.http;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a store that cannot be reached from a store that refuses a record. A refused record is
 * the record's fault (query-service dead-letters it; ingest-service rejects the line); an
 * unreachable store is nobody's fault, so query-service projects the batch again once the store is
 * back, and ingest-service answers 503 with Retry-After, having kept nothing of the write.
 */
public final class StoreOutage {
    // SQL state class 08: connection exception (SQL standard; PostgreSQL's 08001, 08006, ...).
    private static final String CONNECTION_STATE_CLASS = "08";
    // Agroal's pool gives up waiting for a connection with a plain SQLException around a timeout.
    private static final String POOL_TIMEOUT = "Acquisition timeout";

    private StoreOutage() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || "org.hibernate.exception.JDBCConnectionException".equals(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)
                    || sql.getMessage() != null && sql.getMessage().startsWith(POOL_TIMEOUT)
                    || sql.getCause() instanceof TimeoutException)) {
                return true;
            }
        }
        return false;
    }
}
