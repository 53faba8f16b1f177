-- The local copy of meetings-service's meetings, kept from meetings.events (recommendations are adopted at
-- meetings, and meetings are their evidence).
create table directory_meeting (
    id           uuid primary key,
    version      bigint      not null,
    kind         text        not null,
    title_ar     text        not null,
    title_en     text,
    date_text    text,
    organizer_id uuid        not null,
    updated_at   timestamptz not null default now()
);
