-- Idempotency-Key of creates (POST). The first request with a key claims it in a short transaction of its own
-- (status IN_PROGRESS), so a concurrent duplicate sees the claim; the create then stores its response in the
-- create's own transaction (status COMPLETED), so "created" and "response recorded" commit together; a retry
-- with the same key and the same request gets that response again instead of creating a second record.
create table idempotency_key (
    office            text        not null,   -- the namespace: the token's office, else its subject, else 'anonymous'
    idempotency_key   text        not null,   -- as the client sent it: 1..255 printable ASCII characters
    fingerprint       text        not null,   -- SHA-256 (hex) of method, path and canonical body
    status            text        not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    claim_id          uuid        not null,   -- which claim holds the key; the create completes only its own claim
    lease_until       timestamptz,            -- an IN_PROGRESS claim past this was abandoned (crash) and may be taken over
    response_status   int,
    response_location text,
    response_etag     text,
    response_type     text,
    response_body     text,                   -- the JSON exactly as it was sent (text, not jsonb), so a replay is identical
    created_at        timestamptz not null default now(),
    expires_at        timestamptz not null,   -- after this the key is forgotten: used again, it creates anew
    primary key (office, idempotency_key),
    check (status = 'IN_PROGRESS' or response_status is not null)
);
create index idempotency_key_expiry on idempotency_key (expires_at);
