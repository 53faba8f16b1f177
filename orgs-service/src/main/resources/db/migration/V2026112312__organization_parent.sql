-- Organisations sit under others: a council's office, an administration's department, a body's
-- representation abroad, an office set up under a coalition. A parent chain never loops (checked on write).
alter table organization add column parent_id uuid references organization (id);
alter table organization add column parent_relation text;
create index organization_parent on organization (parent_id);
