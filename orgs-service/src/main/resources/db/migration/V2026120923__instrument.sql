-- The catalogue of international instruments that organisations, meetings and recommendations cite. orgs-service
-- owns it (the directory service) and publishes instrument.registered/.updated on orgs.events; the seed is
-- registered at startup (InstrumentSeed), each entry once.
create table instrument (
    id            uuid primary key,              -- the aggregate id (Kafka key): name-based UUID of the slug
    instrument_id text        not null unique,   -- the id the APIs use: unsc-2254, cedaw
    version       bigint      not null,
    kind          text        not null,
    name_ar       text        not null,
    name_en       text        not null,
    year          integer,
    aliases_ar    text[]      not null default '{}',
    aliases_en    text[]      not null default '{}',
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

create index instrument_created on instrument (created_at, id);
