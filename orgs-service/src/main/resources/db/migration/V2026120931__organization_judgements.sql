-- A reviewer's judgement on a pair of organisations that look alike: the same body, not the same, or unsure (the
-- three answers of OpenSanctions' nomenklatura). Kept by organisation id, so a change of how names are folded never
-- loses one. A pair has at most one current judgement; a later one supersedes it and an undone one stops counting,
-- and both stay for the record.
create table organization_judgement (
    id            uuid primary key,
    left_id       uuid        not null references organization (id),
    right_id      uuid        not null references organization (id),
    judgement     text        not null check (judgement in ('same', 'not_same', 'unsure')),
    note          text,
    judged_at     timestamptz not null,
    judged_by     text,
    -- The merge a "same" performed (right merged into left), undone with the judgement.
    merge_id      uuid references organization_merge (id),
    -- Deferred: a judgement names its successor, which is written just after it stops being current.
    superseded_by uuid references organization_judgement (id) deferrable initially deferred,
    undone_at     timestamptz,
    undone_by     text,
    check (left_id <> right_id)
);
create unique index organization_judgement_current on organization_judgement
    (least(left_id, right_id), greatest(left_id, right_id)) where superseded_by is null and undone_at is null;
create index organization_judgement_left on organization_judgement (left_id);
create index organization_judgement_right on organization_judgement (right_id);
