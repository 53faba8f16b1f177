-- The organisations merged into one (OrganizationDirectory.withMergedIn): a merge's references move after its event
-- is applied, so a list by organisation also takes the rows still naming a loser.
create index directory_organization_merged_into on directory_organization (merged_into) where merged_into is not null;
