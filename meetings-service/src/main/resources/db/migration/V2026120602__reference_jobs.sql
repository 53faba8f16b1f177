-- Issue 20: a merge or unmerge of an organisation named by tens of thousands of meetings moves their references in
-- batches of their own transactions, not in the consumer's (org.liaison.meetings.merge.ReferenceMoves). The
-- consumer queues a job; one organisation's jobs run in the order they came (a merge, then its unmerge).
create table reference_job (
    seq          bigint generated always as identity primary key,
    loser_id     uuid        not null,
    kind         text        not null check (kind in ('move', 'restore')),
    requested_at timestamptz not null default now()
);
create index reference_job_loser on reference_job (loser_id, seq);
