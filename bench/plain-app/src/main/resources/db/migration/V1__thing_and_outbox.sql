-- One plain table, shaped like the services' (uuid id, a name, a version, timestamps), with keyset paging by id.
create table thing (
    id         uuid primary key,
    version    bigint      not null,
    name       text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- An outbox row per create, in the same transaction, so that POST /things writes what a service's create writes
-- (no relay reads it: the app has no Kafka).
create table outbox (
    id           uuid primary key,
    aggregate_id uuid        not null,
    event_type   text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null
);
