package org.liaison.dashboard;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the dashboard ({@code liaison.dashboard.*}); application.properties documents each. */
@ConfigMapping(prefix = "liaison.dashboard")
public interface DashboardConfig {

    /** This instance's id; its consumer group is {@code dashboard-<instance-id>}. Absent: host name + random. */
    Optional<String> instanceId();

    /** How far back the buffer is filled at startup. */
    @WithDefault("30m")
    Duration replayWindow();

    /** How many recent events the buffer keeps. */
    @WithDefault("10000")
    int bufferSize();

    /** How many bytes of recent events (their size as Kafka carried them) the buffer keeps. */
    @WithDefault("32M")
    MemorySize bufferBytes();

    /** How often an idle stream gets a comment line. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /** Unsent events above which a live client is cut off. */
    @WithDefault("1000")
    int maxQueuedPerClient();

    /** How long one write may stay incomplete before the client is cut off. */
    @WithDefault("30s")
    Duration writeStallTimeout();

    /** Each connection's kernel send buffer (SO_SNDBUF), fixed instead of autotuned; see {@code StreamSendBuffer}. */
    @WithDefault("64K")
    MemorySize sendBufferSize();

    /** Open streams per instance. */
    @WithDefault("500")
    int maxClients();

    /** Open streams per office on one instance (its share of {@link #maxClients()}). */
    @WithDefault("50")
    int maxClientsPerOffice();

    /** Replays (stream catch-ups, feed pages read from Kafka) running at once per instance. */
    @WithDefault("16")
    int maxReplays();

    /** Replays running at once per office on one instance (its share of {@link #maxReplays()}). */
    @WithDefault("4")
    int maxReplaysPerOffice();

    /** The most one fetch of a replay's Kafka consumer brings ({@code fetch.max.bytes}). */
    @WithDefault("4M")
    MemorySize replayFetchBytes();

    /** Lifetime of an unused stream ticket. */
    @WithDefault("30s")
    Duration ticketTtl();

    /** Outstanding tickets per instance. */
    @WithDefault("10000")
    int maxTickets();

    /** The consumer groups whose lag {@code GET /lag} shows. */
    @WithDefault("meetings-service,recommendations-service")
    List<String> lagGroups();

    /** The most events one {@code GET /feed} answers. */
    @WithDefault("500")
    int feedMaxLimit();
}
