package org.liaison.support.readmodel;

import org.liaison.contracts.EventEnvelope;

import java.util.List;

/**
 * A table a service keeps from another service's topic, newest version per id wins, that
 * {@link ReadModelRebuild} can rebuild from the topic: {@code POST /admin/read-models/{name}/rebuild}, or
 * {@code ./liaison rebuild SERVICE NAME}. A service offers one by producing it as a CDI bean.
 * <p>
 * The table has a {@code uuid} primary key {@code id}, a {@code bigint} {@code version} and an
 * {@code updated_at timestamptz}, which the rebuild sets on the rows it writes.
 */
public abstract class ReadModel {

    private final String name;
    private final String channel;
    private final String table;
    private final List<String> columns;

    /**
     * @param name    the path segment that names it, e.g. {@code organization-directory}
     * @param channel the incoming channel whose topic the live consumer reads
     *                ({@code mp.messaging.incoming.CHANNEL.topic})
     * @param table   the live table
     * @param columns the columns an event sets, {@code id} and {@code version} first; a rebuilt row replaces the
     *                live one when any of them differs
     */
    protected ReadModel(String name, String channel, String table, List<String> columns) {
        this.name = name;
        this.channel = channel;
        this.table = table;
        this.columns = List.copyOf(columns);
        if (!columns.get(0).equals("id") || !columns.get(1).equals("version")) {
            throw new IllegalArgumentException("a read model's columns start with id and version: " + columns);
        }
    }

    public final String name() {
        return name;
    }

    public final String channel() {
        return channel;
    }

    public final String table() {
        return table;
    }

    public final List<String> columns() {
        return columns;
    }

    /**
     * The row that {@code event} sets, in {@link #columns()} order (values: {@code UUID}, {@code String},
     * {@code Number}, {@code Boolean}, or a {@code List<UUID>} for a {@code uuid[]} column), or {@code null} when the
     * event is not about this read model. Throws for an event it cannot read (the rebuild counts it as skipped, as
     * the live consumer dead-letters it).
     */
    public abstract Object[] row(EventEnvelope event);

    /**
     * Called in the transaction that wrote the rebuilt rows into the live table, with every row it added, changed or
     * removed: does what applying these states event by event would have done besides the row (listeners).
     */
    public abstract void rebuilt(List<RowChange> changes);
}
