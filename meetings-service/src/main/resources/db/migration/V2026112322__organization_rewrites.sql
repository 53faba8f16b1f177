-- Each reference to an organisation that a merge rewrote (or that named a merged organisation when it was
-- stored): one row per merge it passed, so that undoing a merge restores exactly the references it moved.
-- field names the reference (see org.liaison.meetings.merge.ReferenceColumns), e.g. 'organizer'.
create table organization_rewrite (
    meeting_id   uuid        not null references meeting (id) on delete cascade,
    field        text        not null,
    loser_id     uuid        not null,
    winner_id    uuid        not null,
    rewritten_at timestamptz not null default now(),
    primary key (meeting_id, field, loser_id)
);
create index organization_rewrite_loser on organization_rewrite (loser_id, field);
