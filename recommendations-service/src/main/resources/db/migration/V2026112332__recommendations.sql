-- Recommendation sets (an annual meeting's numbered list, adopted as next year's work plan) and their
-- recommendations. Organisation ids refer to orgs-service's organisations as the organisation directory knows
-- them; meeting ids to meetings-service's meetings (directory_meeting). Neither is a foreign key: the
-- directories are fed by events and may lag behind.
create table recommendation_set (
    id                      uuid primary key,
    version                 bigint      not null,
    issuing_organization_id uuid        not null,
    year                    int         not null check (year between 1900 and 2200),
    adopting_meeting_id     uuid,
    adopted_on              text,
    title_ar                text        not null,
    title_en                text,
    sources                 jsonb       not null default '[]',
    created_by_office       uuid,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create index recommendation_set_issuing on recommendation_set (issuing_organization_id, year);
create index recommendation_set_page on recommendation_set (created_at, id);

-- number is the value («٣» is 3), number_as_written the digits as the source wrote them.
-- status is the current one, kept in step with the last status_change entry of the timeline.
create table recommendation (
    id                          uuid primary key,
    version                     bigint      not null,
    set_id                      uuid        not null references recommendation_set (id),
    number                      int         not null check (number between 1 and 9999),
    number_as_written           text        not null,
    text_ar                     text        not null,
    text_en                     text,
    themes                      text[]      not null default '{}',
    lead_office_id              uuid,
    supporting_organization_ids uuid[]      not null default '{}',
    instruments                 jsonb       not null default '[]',
    instrument_ids              text[]      not null default '{}',
    status                      text        not null,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    constraint recommendation_number_in_set unique (set_id, number)
);
create index recommendation_lead_office on recommendation (lead_office_id);
create index recommendation_status on recommendation (status);
create index recommendation_themes on recommendation using gin (themes);
create index recommendation_instruments on recommendation using gin (instrument_ids);
create index recommendation_page on recommendation (created_at, id);

-- The status timeline: every report is a row, none is ever overwritten. kind is status_change (a report of
-- where the recommendation stands) or evidence (a meeting or article that advanced it; status unchanged).
create table recommendation_timeline (
    id                  uuid primary key,
    recommendation_id   uuid        not null references recommendation (id),
    kind                text        not null,
    status              text        not null,
    date_text           text,
    date_start          date,
    note                text,
    reported_by         uuid,
    meeting_ids         uuid[]      not null default '{}',
    source_urls         text[]      not null default '{}',
    recorded_at         timestamptz not null,
    recorded_by_subject text
);
create index recommendation_timeline_of on recommendation_timeline (recommendation_id, recorded_at);

-- One row per (recommendation, meeting) whose meeting.* event said it advances the recommendation: inserted
-- before the timeline entry, so a redelivered event or a later update of the meeting adds nothing twice.
create table meeting_evidence (
    recommendation_id uuid        not null references recommendation (id),
    meeting_id        uuid        not null,
    entry_id          uuid        not null references recommendation_timeline (id) deferrable initially deferred,
    added_at          timestamptz not null default now(),
    primary key (recommendation_id, meeting_id)
);

-- Lineage between years: "2023/8 became 2024/3" is (2023/8, carried_over_to, 2024/3).
create table recommendation_link (
    id                uuid primary key,
    from_id           uuid        not null references recommendation (id),
    relation          text        not null,
    to_id             uuid        not null references recommendation (id),
    note              text,
    created_by_office uuid,
    created_at        timestamptz not null,
    constraint recommendation_link_unique unique (from_id, relation, to_id),
    constraint recommendation_link_not_self check (from_id <> to_id)
);
create unique index recommendation_carried_over_once on recommendation_link (from_id) where relation = 'carried_over_to';
create index recommendation_link_to on recommendation_link (to_id);

-- Each organisation reference that a merge rewrote (or that named a merged organisation when stored), one row
-- per merge it passed, so that undoing a merge restores exactly what it moved. field names the reference
-- (org.liaison.recommendations.merge.ReferenceColumns), row_id the row holding it, position the array element
-- (0 for a single column).
create table organization_rewrite (
    field        text        not null,
    row_id       uuid        not null,
    position     int         not null default 0,
    loser_id     uuid        not null,
    winner_id    uuid        not null,
    rewritten_at timestamptz not null default now(),
    primary key (field, row_id, position, loser_id)
);
create index organization_rewrite_loser on organization_rewrite (loser_id, field);
