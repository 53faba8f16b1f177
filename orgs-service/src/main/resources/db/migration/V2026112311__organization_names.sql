-- Every name of an organisation (Arabic, English, short names), with the keys of the shared normaliser
-- (arabic-names): the compact key finds a body registered twice under spelling variants, the search key
-- serves GET /organizations?q= (and, through pg_trgm, near matches later).
create extension if not exists pg_trgm;

alter table organization add column short_names text[] not null default '{}';

create table organization_name (
    id              bigint generated always as identity primary key,
    organization_id uuid not null references organization (id) on delete cascade,
    name            text not null,
    search_key      text not null,
    compact_key     text not null,
    -- ArabicNames.KEY_VERSION the keys were computed with: rows of an older version are recomputed.
    key_version     int  not null
);
create index organization_name_owner on organization_name (organization_id);
create index organization_name_compact on organization_name (compact_key);
create index organization_name_search on organization_name using gin (search_key gin_trgm_ops);
