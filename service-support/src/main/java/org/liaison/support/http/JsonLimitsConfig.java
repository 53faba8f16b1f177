package org.liaison.support.http;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits the JSON reader enforces while parsing ({@code liaison.json.*}); breaking one is a 400 naming the field.
 * Static-init safe because Hibernate ORM builds the ObjectMapper (and so runs {@link StrictJson}) during
 * static initialisation, before runtime-only configuration exists.
 */
@StaticInitSafe
@ConfigMapping(prefix = "liaison.json")
public interface JsonLimitsConfig {

    /** How deeply objects and arrays may nest; no Liaison request needs more than a handful of levels. */
    @WithDefault("32")
    int maxNestingDepth();

    /** The longest text value (and field name), in characters. */
    @WithDefault("100000")
    int maxStringLength();

    /**
     * The longest JSON document, in characters: a second line behind {@code liaison.http.max-body-size} for
     * anything this mapper reads that did not come through the HTTP body check (e.g. a REST client's response).
     */
    @WithDefault("1000000")
    long maxDocumentLength();
}
