-- GET /recommendations?q=: the texts and themes of a recommendation folded by the shared normaliser
-- (arabic-names: hamza, taa marbuta, alef maqsura, harakat, tatweel, digits, case), kept on every write by the
-- entity itself; pg_trgm serves the substring match.
create extension if not exists pg_trgm;
alter table recommendation add column search_text text not null default '';
create index recommendation_search on recommendation using gin (search_text gin_trgm_ops);
