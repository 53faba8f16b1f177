-- Search agrees with the duplicate check (issue 16): a recommendation's search_text now carries each text by its
-- compact key too where that differs (org.liaison.recommendations.model.Recommendation#searchText), so «عبدالرحمن»
-- finds «عبد الرحمن». SQL cannot fold Arabic as the normaliser does, so this only records which version of its rules
-- folded each row: every existing row gets 0, and RecommendationSearchRefresh folds them again at the next start, in
-- batches (and whenever the normaliser's KEY_VERSION changes).
alter table recommendation add column search_key_version integer not null default 0;
