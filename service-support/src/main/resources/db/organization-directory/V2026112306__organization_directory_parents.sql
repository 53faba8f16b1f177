-- The organisation's parent (OrganizationState.parentId), so that a consumer can walk the units below an
-- organisation with a recursive query. Additive: rows received before this column existed keep null until the
-- next event about them, and services that do not read it are unaffected.
alter table directory_organization add column parent_id uuid;
create index directory_organization_parent on directory_organization (parent_id);
