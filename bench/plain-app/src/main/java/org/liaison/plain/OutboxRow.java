package org.liaison.plain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** The event of a create, written in the create's transaction as the services' outbox rows are. */
@Entity
@Table(name = "outbox")
public class OutboxRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aggregate_id")
    public UUID aggregateId;

    @Column(name = "event_type")
    public String eventType;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
