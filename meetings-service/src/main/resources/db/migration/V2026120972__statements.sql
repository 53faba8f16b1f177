-- What a speaker said at a meeting, as the source quotes (quoted) or paraphrases it: the speaker as a registered
-- person, an organisation, and/or the name the source gives; the text in Arabic and/or English; what it is about
-- and the instruments it cites; the source with its supporting quote. A statement is shown to whoever may see its
-- meeting's details.
create table meeting_statement (
    id                      uuid primary key,
    version                 bigint      not null,
    meeting_id              uuid        not null references meeting (id),
    speaker_person_id       uuid,
    speaker_organization_id uuid,
    speaker_name            text,
    text_ar                 text,
    text_en                 text,
    quoted                  boolean     not null default false,
    topics                  jsonb       not null default '[]',
    instruments             jsonb       not null default '[]',
    sources                 jsonb       not null default '[]',
    -- The texts and the speaker's name as written, folded by the shared normaliser (search and compact keys), for
    -- ?q=; the speaker's registered names are searched in directory_person.
    search_text             text        not null default '',
    created_by_office       uuid,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    check (speaker_person_id is not null or speaker_organization_id is not null or speaker_name is not null),
    check (text_ar is not null or text_en is not null)
);
create index meeting_statement_meeting on meeting_statement (meeting_id, created_at, id);
create index meeting_statement_created on meeting_statement (created_at, id);
create index meeting_statement_speaker on meeting_statement (speaker_person_id) where speaker_person_id is not null;
create index meeting_statement_speaker_organization on meeting_statement (speaker_organization_id)
    where speaker_organization_id is not null;

-- A person's names folded as statements' texts are, so ?q= finds a statement by its speaker's registered names.
alter table directory_person add column search_text text not null default '';
