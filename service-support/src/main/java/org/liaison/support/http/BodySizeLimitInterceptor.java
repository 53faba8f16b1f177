package org.liaison.support.http;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads every request body a REST endpoint takes, bounded by {@code liaison.http.max-body-size} (413
 * problem+json above it), and refuses one that is not well-formed UTF-8 (400) before Jackson sees it. This is what
 * catches chunked bodies, which announce no Content-Length to {@link BodySizeLimit}. Jackson may wrap the stream's
 * failure in its own exception (with a field path), so the interceptor asks the stream whether it overflowed rather
 * than trusting the exception's type.
 */
@Provider
public class BodySizeLimitInterceptor implements ReaderInterceptor {

    /**
     * Application-scoped, so reached through a proxy: Quarkus REST creates interceptors before runtime config exists.
     */
    private final BodySizeLimit limit;

    public BodySizeLimitInterceptor(BodySizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long maxBytes = limit.maxBytes();
        LimitedInputStream limited = new LimitedInputStream(context.getInputStream(), maxBytes);
        byte[] body;
        try {
            // At most max-body-size bytes: bounded, and it lets the whole body be checked before parsing.
            body = limited.readAllBytes();
        } catch (IOException | RuntimeException e) {
            if (limited.exceeded()) {
                throw ContentTooLarge.problem(maxBytes);
            }
            throw e;
        }
        if (limited.exceeded()) {
            throw ContentTooLarge.problem(maxBytes);
        }
        StrictUtf8.require(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
