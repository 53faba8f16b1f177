package org.liaison.dashboard.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Where the health panel asks the other services ({@code liaison.system-health.*}); application.properties documents
 * each.
 */
@ConfigMapping(prefix = "liaison.system-health")
public interface SystemHealthConfig {

    /** orgs-service's base URL. */
    String orgsUrl();

    /** meetings-service's base URL. */
    String meetingsUrl();

    /** recommendations-service's base URL. */
    String recommendationsUrl();

    /** How long each question to a service (its readiness, its metrics) and the lag query may take. */
    @WithDefault("2s")
    Duration timeout();
}
