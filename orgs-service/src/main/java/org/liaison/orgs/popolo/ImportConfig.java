package org.liaison.orgs.popolo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of {@code POST /import/...} ({@code liaison.orgs.import.*}). */
@ConfigMapping(prefix = "liaison.orgs.import")
public interface ImportConfig {

    /**
     * The most records (organisations, people and roles together) one import may carry; more is 413. Each record
     * is its own transaction, so this bounds how long one request holds a worker. The body size limit
     * ({@code liaison.http.max-body-size}) applies as well and is usually reached first.
     */
    @WithDefault("1000")
    int maxRecords();
}
