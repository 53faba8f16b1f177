-- H2: a meeting's claim (in its advances) to be evidence for a recommendation is decided once, by the event that
-- first makes it: added (entry_id names the evidence entry) or refused (entry_id null, refused says why), so that a
-- later edit of the meeting by someone else does not turn a refused claim into evidence.
alter table meeting_evidence alter column entry_id drop not null;
alter table meeting_evidence add column refused text;
alter table meeting_evidence add column actor_office uuid;
alter table meeting_evidence add constraint meeting_evidence_decided check ((entry_id is null) <> (refused is null));

-- An owner's retraction of an evidence entry is an entry of its own (kind evidence_retracted) naming the entry it
-- withdraws; nothing is deleted. An entry is retracted at most once.
alter table recommendation_timeline add column retracts uuid references recommendation_timeline (id);
create unique index recommendation_timeline_retracted_once on recommendation_timeline (retracts) where retracts is not null;
create index recommendation_timeline_kind on recommendation_timeline (recommendation_id, kind);
