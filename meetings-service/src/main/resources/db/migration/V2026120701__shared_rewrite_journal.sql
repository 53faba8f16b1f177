-- The merge-rewrite journal takes the shape every service shares (org.liaison.support.merge.ReferenceRewrites):
-- owner_id names the aggregate that changes with the reference (here the meeting), position the element of an
-- array column (0 for a single one; meetings-service has none yet).
alter table organization_rewrite rename column meeting_id to owner_id;
alter table organization_rewrite add column position int not null default 0;
alter table organization_rewrite drop constraint organization_rewrite_pkey;
alter table organization_rewrite add primary key (field, row_id, position, loser_id);
create index organization_rewrite_owner on organization_rewrite (owner_id, field);
