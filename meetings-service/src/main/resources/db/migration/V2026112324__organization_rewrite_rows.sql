-- A reference may sit in a table with several rows per meeting (meeting_participant): a rewrite names the row
-- it moved, so undoing a merge restores that row and not another that named the winner all along. For the
-- organiser, the row is the meeting itself.
alter table organization_rewrite add column row_id uuid;
update organization_rewrite set row_id = meeting_id;
alter table organization_rewrite alter column row_id set not null;
alter table organization_rewrite drop constraint organization_rewrite_pkey;
alter table organization_rewrite add primary key (meeting_id, field, row_id, loser_id);
