package org.liaison.recommendations.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of recommendations-service ({@code liaison.recommendations.*}). */
@ConfigMapping(prefix = "liaison.recommendations")
public interface RecommendationsConfig {

    /**
     * How long a write waits for an organisation or meeting it names to reach the local directories before
     * answering 422: they are fed by events, so one registered a moment earlier may still be on its way.
     */
    @WithDefault("5s")
    Duration directoryWait();

    /** Entries a recommendation's timeline may hold; every event carries the whole timeline, so it stays bounded. */
    @WithDefault("200")
    int timelineMax();
}
