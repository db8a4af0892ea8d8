package io.allywatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyFilterTest {
    private final ApiKeyFilter filter = new ApiKeyFilter(Optional.of(List.of("k1", " k2 ")));

    @Test
    void acceptsAnyConfiguredKey() {
        assertThat(filter.check("Bearer k1")).isEmpty();
        assertThat(filter.check("Bearer k2")).isEmpty();
    }

    @Test
    void missingHeaderIsUnauthorized() {
        assertThat(filter.check(null)).get().extracting(Problem::status).isEqualTo(401);
        assertThat(filter.check("Basic a2V5")).get().extracting(Problem::status).isEqualTo(401);
    }

    @Test
    void wrongKeyIsForbidden() {
        assertThat(filter.check("Bearer k3")).get().extracting(Problem::status).isEqualTo(403);
        assertThat(filter.check("Bearer k")).get().extracting(Problem::status).isEqualTo(403);
    }

    @Test
    void noConfiguredKeyRefusesEveryWrite() {
        ApiKeyFilter open = new ApiKeyFilter(Optional.empty());
        assertThat(open.check("Bearer anything")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(403);
            assertThat(p.detail()).contains("ALLYWATCH_API_KEYS");
        });
    }
}
