package org.liaison.meetings.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of {@code POST /import/meetings} ({@code liaison.meetings.import.*}). */
@ConfigMapping(prefix = "liaison.meetings.import")
public interface MeetingImportConfig {

    /**
     * The most meetings one import may carry; more is 413. The body size limit ({@code liaison.http.max-body-size})
     * applies as well.
     */
    @WithDefault("1000")
    int maxRecords();

    /**
     * Meetings written in one transaction. A chunk commits its meetings and their events together, which is most of
     * what makes an import faster than one POST each; a chunk a record of which is refused is written again record
     * by record, so that the refused one is reported and the others land.
     */
    @WithDefault("100")
    int chunkSize();
}
