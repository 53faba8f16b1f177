-- Who caused each event: the partner office and subject of the request that made the change (null for
-- changes made by the system itself). Published as the CloudEvents extensions actoroffice and actorsubject.
alter table outbox_event add column actor_office uuid;
alter table outbox_event add column actor_subject text;
