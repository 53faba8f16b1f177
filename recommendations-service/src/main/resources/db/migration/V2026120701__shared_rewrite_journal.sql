-- The merge-rewrite journal takes the shape every service shares (org.liaison.support.merge.ReferenceRewrites):
-- owner_id names the aggregate that changes with the reference; here it is always the row holding it (a set or a
-- recommendation).
alter table organization_rewrite add column owner_id uuid;
update organization_rewrite set owner_id = row_id;
alter table organization_rewrite alter column owner_id set not null;
create index organization_rewrite_owner on organization_rewrite (owner_id, field);

-- Merges and unmerges move their references in batches of their own transactions, not in the consumer's
-- (org.liaison.support.merge.ReferenceMoves). The consumer queues a job; one organisation's jobs run in the order
-- they came (a merge, then its unmerge).
create table reference_job (
    seq          bigint generated always as identity primary key,
    loser_id     uuid        not null,
    kind         text        not null check (kind in ('move', 'restore')),
    requested_at timestamptz not null default now()
);
create index reference_job_loser on reference_job (loser_id, seq);
