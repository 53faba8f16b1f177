-- The read of people becomes rebuildable from orgs.events like the organisation directory (POST
-- /admin/read-models/person-directory/rebuild): a rebuilt read model's key column is named id.
alter table directory_person rename column person_id to id;
