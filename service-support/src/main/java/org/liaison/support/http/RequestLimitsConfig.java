package org.liaison.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Limits on what a request may carry ({@code liaison.http.*}), well below what a Kafka record can carry,
 * since a stored change travels on as an event with the aggregate's full state.
 */
@ConfigMapping(prefix = "liaison.http")
public interface RequestLimitsConfig {

    /**
     * The largest request body accepted; a larger one is answered 413 problem+json before it is read
     * (Content-Length) or as soon as it grows past the limit (chunked). Keep
     * {@code quarkus.http.limits.max-body-size}, Quarkus's own hard stop with a bare 413, above this.
     */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /**
     * The largest {@code multipart/form-data} body, for a service whose endpoints take uploaded files (checked on
     * Content-Length like {@link #maxBodySize}; the endpoint bounds each file itself). Unset: {@link #maxBodySize}
     * applies to those too. Keep {@code quarkus.http.limits.max-body-size} above it.
     */
    Optional<MemorySize> maxUploadSize();
}
