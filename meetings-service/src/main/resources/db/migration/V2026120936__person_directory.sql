-- meetings-service's own read of orgs-service's people, from person.* events on orgs.events: who a person id is and
-- whether that record was merged into another (one person registered twice). A meeting keeps the person id it was
-- given; the search for a person's meetings follows merged_into, so that a merge finds the merged record's meetings
-- under the person who stays, and undoing it (merged_into null again) gives them back.
create table directory_person (
    person_id   uuid primary key,
    version     bigint      not null,
    name_ar     text        not null,
    name_en     text,
    merged_into uuid,
    updated_at  timestamptz not null
);
create index directory_person_merged_into on directory_person (merged_into) where merged_into is not null;
