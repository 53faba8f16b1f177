package org.liaison.orgs.popolo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of {@code POST /import/...} ({@code liaison.orgs.import.*}). */
@ConfigMapping(prefix = "liaison.orgs.import")
public interface ImportConfig {

    /**
     * The most records (organisations, people and roles together) one import may carry; more is 413. Each chunk
     * of records is a transaction, so this bounds how long one request holds a worker. The body size limit
     * ({@code liaison.http.max-body-size}) applies as well and is usually reached first.
     */
    @WithDefault("1000")
    int maxRecords();

    /**
     * Records written in one transaction. A chunk commits its records and their events together, which is most of
     * what makes an import faster than one create each; a chunk with a name clash or a refused record is written
     * again record by record, so that clash or refusal is handled alone and the others land.
     */
    @WithDefault("100")
    int chunkSize();
}
