-- Search agrees with the duplicate check (issue 16): a meeting's document now carries the names it holds by their
-- compact keys too (org.liaison.meetings.search.SearchDocument), so «عبدالرحمن» finds «عبد الرحمن». Every row is
-- marked stale, so that SearchIndexStartup rewrites them at the next start, in batches.
update meeting_search set key_version = 0;
