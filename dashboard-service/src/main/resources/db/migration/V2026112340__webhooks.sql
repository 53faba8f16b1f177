-- Webhooks (issue 7 part 2): an office's subscriptions, one delivery per matching event and subscription, and
-- one attempt row per try. Deliveries are written by the idempotent consumer (group dashboard-webhooks, inbox
-- row in the same transaction) and sent by a worker that any instance may run (FOR UPDATE SKIP LOCKED).
create table webhook_subscription (
    id                   uuid primary key,
    office               uuid        not null,   -- the office it belongs to (the token's office claim)
    url                  text        not null,
    types                jsonb       not null default '[]',  -- type patterns: meeting.scheduled, meeting.*; [] = all
    organization_id      uuid,                   -- only events that name this organisation (as the office sees them)
    subject              text,                   -- only this subject (meeting/<id>) or family (meeting/*)
    -- The signing secret, encrypted (aesgcm:...) when liaison.webhooks.secret-key is set, else plain:whsec_...
    secret               text        not null,
    -- After a rotation the previous secret still signs (a second signature) until previous_secret_until.
    previous_secret      text,
    previous_secret_until timestamptz,
    status               text        not null check (status in ('active', 'paused', 'disabled')),
    paused_reason        text,
    paused_at            timestamptz,
    consecutive_failures int         not null default 0,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index webhook_subscription_office on webhook_subscription (office, created_at, id);

create table webhook_delivery (
    id               uuid primary key,           -- also the webhook-id header: stable across retries
    seq              bigint generated always as identity,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         text        not null,
    event_type       text        not null,
    aggregate_key    text,                       -- the Kafka key: deliveries of one key go out in order
    payload          text        not null,       -- the CloudEvent exactly as signed and sent, as this office may see it
    status           text        not null check (status in ('pending', 'delivered', 'paused')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,       -- while an attempt runs: when its lease ends
    last_status_code int,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_order on webhook_delivery (subscription_id, aggregate_key, seq) where status <> 'delivered';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id desc);

create table webhook_attempt (
    id           bigint generated always as identity primary key,
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempt      int         not null,
    attempted_at timestamptz not null,
    duration_ms  bigint      not null,
    status_code  int,                            -- null when no answer came (timeout, refused, blocked address)
    error        text
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempt);
