-- Issue 5: a meeting in full. Lists that are only ever read with their meeting are jsonb; participants, which
-- name organisations that filters look for and merges rewrite, are rows of their own.
alter table meeting add column status text not null default 'planned';
alter table meeting add column date_as_written text;
alter table meeting add column date_warnings jsonb not null default '[]';
alter table meeting add column source_published_on text;
alter table meeting add column start_time time;
alter table meeting add column end_time time;
alter table meeting add column time_zone text;
alter table meeting add column city_ar text;
alter table meeting add column city_en text;
alter table meeting add column country text;
alter table meeting add column venue_ar text;
alter table meeting add column venue_en text;
alter table meeting add column mode text;
alter table meeting add column unnamed_participants jsonb not null default '[]';
alter table meeting add column agenda jsonb not null default '[]';
alter table meeting add column topics jsonb not null default '[]';
alter table meeting add column summary text;
alter table meeting add column outcomes jsonb not null default '[]';
alter table meeting add column follow_up_of uuid references meeting (id);
-- Canonical instrument ids with their names as resolved ({"id": "unsc-2254", ...}); recommendation ids.
alter table meeting add column instruments jsonb not null default '[]';
alter table meeting add column advances jsonb not null default '[]';
alter table meeting add column sources jsonb not null default '[]';
create index meeting_follow_up_of on meeting (follow_up_of);
create index meeting_date on meeting (date_start, date_end);

create table meeting_participant (
    id              uuid primary key,
    meeting_id      uuid    not null references meeting (id) on delete cascade,
    position        integer not null,
    organization_id uuid,
    person_id       uuid,
    person_name     text,
    role            text    not null,
    on_behalf_of_id uuid,
    note            text,
    -- Deferred: replacing a list inserts the new rows while the old ones are still being removed.
    constraint meeting_participant_position unique (meeting_id, position) deferrable initially deferred,
    constraint meeting_participant_named check (organization_id is not null or person_id is not null
                                                or person_name is not null)
);
-- No unique key on the organisation: one body may take part through several people, and a merge may leave
-- the loser's and the winner's rows naming the same organisation.
create index meeting_participant_organization on meeting_participant (organization_id);
create index meeting_participant_on_behalf_of on meeting_participant (on_behalf_of_id);
create index meeting_participant_person on meeting_participant (person_id);
create index meeting_participant_meeting on meeting_participant (meeting_id);
