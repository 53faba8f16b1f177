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

    /**
     * Status changes a recommendation's timeline may hold; every event carries the whole timeline, so it stays
     * bounded. Evidence does not count here (it has its own bound), so no amount of it blocks a status report.
     */
    @WithDefault("200")
    int timelineMax();

    /** Evidence entries and their retractions a recommendation's timeline may hold besides its status changes. */
    @WithDefault("500")
    int evidenceMax();

    /**
     * Lines a status update file ({@code POST /recommendation-sets/{id}/status-updates}) may hold: they are checked
     * and applied in one transaction, holding the set's recommendations locked.
     */
    @WithDefault("500")
    int statusUpdatesMax();

    /** Actions a recommendation may have; every recommendation.* event carries them all. */
    @WithDefault("50")
    int actionsMax();

    /** Indicators a recommendation may have; every recommendation.* event carries them all. */
    @WithDefault("20")
    int indicatorsMax();

    /**
     * Measurements and withdrawals an indicator may hold: they are only ever added, and every recommendation.* event
     * carries them all.
     */
    @WithDefault("100")
    int measurementsMax();

    /** The queue that moves the references of a merged organisation, off the consumer's transaction. */
    Background background();

    interface Background {
        /** References a column, and so sets and recommendations announced at most, in one batch's transaction. */
        @WithDefault("200")
        int batchSize();

        /** How often the queue is looked at besides the wake-up after the transaction that queued work. */
        @WithDefault("2s")
        Duration pollInterval();
    }
}
