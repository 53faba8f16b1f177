package org.liaison.meetings.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code liaison.meetings.documents.*}: see application.properties. */
@ConfigMapping(prefix = "liaison.meetings.documents")
public interface DocumentConfig {

    /** The largest file a document may be; a larger one is 413. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** How many characters of a document's text are kept for the search of its meetings. */
    @WithDefault("100000")
    int maxSearchText();

    /** Refuse uploads (503) while no virus scanner is installed, instead of storing files unscanned. */
    @WithDefault("false")
    boolean requireVirusScan();
}
