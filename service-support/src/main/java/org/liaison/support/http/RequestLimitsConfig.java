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

    /**
     * The longest request line (method, path with its query, protocol) answered normally; a longer one gets 414
     * problem+json. Keep {@code quarkus.http.limits.max-initial-line-length}, the HTTP server's own hard stop with
     * an empty 414, above this.
     */
    @WithDefault("4096")
    int maxRequestLineLength();

    /**
     * The most header bytes (names and values) a request may carry; more gets 431 problem+json. Keep
     * {@code quarkus.http.limits.max-header-size}, the HTTP server's own hard stop with an empty 431, above this.
     */
    @WithDefault("8K")
    MemorySize maxHeaderSize();
}
