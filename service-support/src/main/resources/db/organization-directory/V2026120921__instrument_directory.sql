-- The local copy of orgs-service's instrument catalogue that a consuming service keeps from orgs.events
-- (instrument.registered/.updated), to resolve free text against. Until an instrument's first event arrives the
-- service resolves against source-text's seed entry of the same id.
create table directory_instrument (
    instrument_id text primary key,
    version       bigint      not null,
    kind          text        not null,
    name_ar       text        not null,
    name_en       text        not null,
    year          integer,
    aliases_ar    jsonb       not null default '[]',
    aliases_en    jsonb       not null default '[]',
    updated_at    timestamptz not null default now()
);
