package org.liaison.support.http;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Counts the bytes of every request body a REST endpoint reads and stops at {@code liaison.http.max-body-size}
 * with 413 problem+json. This is what catches chunked bodies, which announce no Content-Length to
 * {@link BodySizeLimit}. Jackson may wrap the stream's failure in its own exception (with a field path), so
 * the interceptor asks the stream whether it overflowed rather than trusting the exception's type.
 */
@Provider
public class BodySizeLimitInterceptor implements ReaderInterceptor {

    /** Application-scoped, so reached through a proxy: Quarkus REST creates interceptors before runtime config exists. */
    private final BodySizeLimit limit;

    public BodySizeLimitInterceptor(BodySizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long maxBytes = limit.maxBytes();
        LimitedInputStream limited = new LimitedInputStream(context.getInputStream(), maxBytes);
        context.setInputStream(limited);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (limited.exceeded()) {
                throw ContentTooLarge.problem(maxBytes);
            }
            throw e;
        }
    }
}
