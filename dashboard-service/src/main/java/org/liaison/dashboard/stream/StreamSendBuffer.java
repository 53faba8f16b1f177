package org.liaison.dashboard.stream;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.dashboard.DashboardConfig;

/**
 * Fixes the kernel send buffer of every connection (liaison.dashboard.send-buffer-size). The slow-client rules
 * (max-queued-per-client, write-stall-timeout) only see a client fall behind once its connection's buffers are full;
 * autotuned, the kernel's share alone holds megabytes, so a client that never reads would get thousands of events
 * "sent" before it is cut off, and each such client would pin that much kernel memory.
 */
@ApplicationScoped
public class StreamSendBuffer implements HttpServerOptionsCustomizer {

    private final DashboardConfig config;

    public StreamSendBuffer(DashboardConfig config) {
        this.config = config;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setSendBufferSize((int) Math.min(Integer.MAX_VALUE, config.sendBufferSize().asLongValue()));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }
}
