package io.allywatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class StoreOutageTest {
    @Test
    void aConnectionFailureDeepInTheCauseChainIsAnOutage() {
        var h2ServerGone = new SQLNonTransientConnectionException("Connection is broken", "90067");
        assertThat(StoreOutage.is(new IllegalStateException("tx failed", new RuntimeException(h2ServerGone)))).isTrue();
    }

    @Test
    void postgresConnectionStatesAndPoolTimeoutsAreOutages() {
        assertThat(StoreOutage.is(new RuntimeException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))).isTrue();
        assertThat(StoreOutage.is(new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())))
                .isTrue();
    }

    @Test
    void aRefusedRecordIsNotAnOutage() {
        assertThat(StoreOutage.is(new RuntimeException(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))))
                .isFalse();
        assertThat(StoreOutage.is(new RuntimeException(new SQLException("value too long for type character varying(8000)", "22001"))))
                .isFalse();
        assertThat(StoreOutage.is(new IllegalArgumentException("not JSON"))).isFalse();
    }
}
