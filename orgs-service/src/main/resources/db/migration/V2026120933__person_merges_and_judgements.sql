-- One person registered twice (د. بدر جاموس and «بدر جاموس» from another article) is merged into the record that
-- stays, as organisations are: the merged record keeps its row, names the winner here, and leaves lists, search and
-- exports; its names become the winner's other names and its roles move to the winner.
alter table person add column merged_into uuid references person (id);
create index person_merged_into on person (merged_into) where merged_into is not null;

-- A merge of one person (the loser) into another (the winner), with what it moved, so that undoing it restores
-- exactly that: the names the winner took over and the roles that moved to it.
create table person_merge (
    id                uuid primary key,
    winner_id         uuid        not null references person (id),
    loser_id          uuid        not null references person (id),
    merged_at         timestamptz not null,
    merged_by         text,
    undone_at         timestamptz,
    added_names       jsonb       not null default '[]',
    moved_memberships uuid[]      not null default '{}'
);
-- A person is merged into at most one other at a time.
create unique index person_merge_standing on person_merge (loser_id) where undone_at is null;
create index person_merge_winner on person_merge (winner_id);

-- A reviewer's judgement on a pair of people whose names look alike, as organization_judgement is for
-- organisations: the same person, not the same, or unsure; kept by person id, one current judgement per pair.
create table person_judgement (
    id            uuid primary key,
    left_id       uuid        not null references person (id),
    right_id      uuid        not null references person (id),
    judgement     text        not null check (judgement in ('same', 'not_same', 'unsure')),
    note          text,
    judged_at     timestamptz not null,
    judged_by     text,
    -- The merge a "same" performed (right merged into left), undone with the judgement.
    merge_id      uuid references person_merge (id),
    -- Deferred: a judgement names its successor, which is written just after it stops being current.
    superseded_by uuid references person_judgement (id) deferrable initially deferred,
    undone_at     timestamptz,
    undone_by     text,
    check (left_id <> right_id)
);
create unique index person_judgement_current on person_judgement
    (least(left_id, right_id), greatest(left_id, right_id)) where superseded_by is null and undone_at is null;
create index person_judgement_left on person_judgement (left_id);
create index person_judgement_right on person_judgement (right_id);
