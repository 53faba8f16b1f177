create table meeting (
    id           uuid primary key,
    version      bigint      not null,
    kind         text        not null,
    title_ar     text        not null,
    title_en     text,
    -- A partial date as written (2024, 2024-06, 2024-06-10) and the days it may stand for, for range filters.
    date_text    text,
    date_start   date,
    date_end     date,
    organizer_id uuid        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index meeting_created on meeting (created_at, id);
create index meeting_organizer on meeting (organizer_id);
