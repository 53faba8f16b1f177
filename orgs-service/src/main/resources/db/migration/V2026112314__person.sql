-- People who hold roles in organisations. Lists of small records (other names, sources) are jsonb in the
-- event payload's own shape.
create table person (
    id          uuid primary key,
    version     bigint      not null,
    name_ar     text        not null,
    name_en     text,
    honorific   text,
    other_names jsonb       not null default '[]',
    sources     jsonb       not null default '[]',
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
-- Keyset paging of GET /people.
create index person_created on person (created_at, id);

-- Every name of a person (Arabic, English, other names) with the keys of the shared normaliser
-- (arabic-names), like organization_name: the compact key finds a person registered twice under spelling
-- variants, the search key serves GET /people?q=.
create table person_name (
    id          bigint generated always as identity primary key,
    person_id   uuid not null references person (id) on delete cascade,
    name        text not null,
    search_key  text not null,
    compact_key text not null,
    -- ArabicNames.KEY_VERSION the keys were computed with: rows of an older version are recomputed.
    key_version int  not null
);
create index person_name_owner on person_name (person_id);
create index person_name_compact on person_name (compact_key);
create index person_name_search on person_name using gin (search_key gin_trgm_ops);
