package io.allywatch.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds to poll, by name: {@code allywatch.feeds."NAME".url=https://...}, optionally
 * {@code .every} (how often, default 15 minutes) and {@code .source} (the articles' {@code source};
 * default the feed's own title). None by default.
 */
@ConfigMapping(prefix = "allywatch.feeds")
public interface FeedsConfig {
    @WithParentName
    Map<String, Feed> feeds();

    interface Feed {
        String url();

        @WithDefault("15M")
        Duration every();

        Optional<String> source();
    }
}
