-- A search by name finds every spelling the duplicate check takes for the name (issue 16): «عبدالرحمن» must find
-- «عبد الرحمن», as their compact keys are equal. An organisation's search_keys gain each name's compact key where it
-- differs from its search key (org.liaison.orgs.organization.OrganizationNames writes them so from now on), and
-- people's names are matched by their compact keys too, through a trigram index of their own.
update organization o
set search_keys = (select string_agg(case when n.compact_key = n.search_key or n.compact_key = '' then n.search_key
                                          else n.search_key || chr(31) || n.compact_key end, chr(31) order by n.id)
                   from organization_name n
                   where n.organization_id = o.id)
where o.merged_into is null;

create index person_name_compact_trigrams on person_name using gin (compact_key gin_trgm_ops);
