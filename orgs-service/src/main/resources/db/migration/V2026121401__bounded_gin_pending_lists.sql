-- A GIN index gathers new entries in a pending list that every search through it reads in full until a vacuum
-- merges them, and PostgreSQL lets the list reach 4 MB. Measured: 3,000 rows written left 57 pending pages and took
-- a rare word's search from 0.01 to 0.5 ms; in the bench at 110,000 meetings a rare word's page read 616 buffers
-- (2 ms). Bounded at 256 kB: the write that passes the bound merges the list, its cost spread as before.
alter index person_name_search set (gin_pending_list_limit = 256);
alter index person_name_compact_trigrams set (gin_pending_list_limit = 256);
alter index organization_instruments set (gin_pending_list_limit = 256);
alter index organization_search_keys set (gin_pending_list_limit = 256);
alter index organization_name_search set (gin_pending_list_limit = 256);
