-- The transactional outbox: a service writes its events here in the same transaction as the change;
-- the relay publishes them to Kafka and marks each row only after the broker acknowledged it.
create table outbox_event (
    id                uuid primary key,             -- the CloudEvents id
    seq               bigint generated always as identity,
    aggregate_type    text        not null,
    aggregate_id      uuid        not null,         -- the Kafka key
    aggregate_version bigint      not null,
    event_type        text        not null,
    payload           jsonb       not null,
    occurred_at       timestamptz not null,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED')),
    published_at      timestamptz
);
-- Sequence values can commit out of order, so the relay looks rows up by status, never "after the last seq".
create index outbox_event_pending on outbox_event (seq) where status = 'PENDING';

-- Wake the relay when an outbox row commits (NOTIFY is delivered at commit, never for a rollback).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('liaison_outbox', '');
    return null;
end $$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- The inbox of the idempotent consumer: the event id is inserted first, in the same transaction as the
-- effect; a row that already exists means the event was applied before.
create table inbox_event (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
