-- Issue 20 part 2: a search by name reads the organisations alone. Each organisation's folded names, joined by the
-- unit separator (which no folded key holds, so a pattern never matches across two names), are a column of its
-- row with a trigram index of their own: counting the first 1,001 matches of a common word read 6,500 name rows
-- through a merge join before (2.9 ms), 1,000 organisation rows now (1.0 ms), and the page walks the oldest
-- organisations without a probe per row. Written with the name index rows (org.liaison.orgs.organization
-- .OrganizationNames); null while the organisation is merged into another, which carries its names.
alter table organization add column search_keys text;

update organization o
set search_keys = (select string_agg(n.search_key, chr(31) order by n.id)
                   from organization_name n
                   where n.organization_id = o.id)
where o.merged_into is null;

create index organization_search_keys on organization using gin (search_keys gin_trgm_ops);
