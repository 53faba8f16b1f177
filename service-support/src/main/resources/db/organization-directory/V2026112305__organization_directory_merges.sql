-- The organisation a directory entry was merged into (organization.merged), null again once the merge is
-- undone (organization.unmerged). Consumers follow it to the organisation to use now.
alter table directory_organization add column merged_into uuid;
