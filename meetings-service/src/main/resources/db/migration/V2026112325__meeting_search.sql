-- Issue 5 part 2: one search row per meeting, rewritten in the transaction of every write of the meeting, of a
-- merge that moves its references and of a rename of an organisation it names. Every text in it is folded by
-- org.liaison.names.ArabicNames.searchKey first (tatweel, harakat, hamza forms, taa marbuta, alef maqsura, digits,
-- Latin case and accents), so the 'simple' configuration, which does no stemming, only splits words.
--   document        everything: titles (A), organisation and participant names (B), agenda, topics and outcomes
--                   (C), summary (D); searched by the callers who may see the meeting's details
--   public_document what a restricted meeting shows to everybody: its organiser's names; searched by the others
--   city_keys, topic_keys  folded values for the city and topic filters
--   key_version     ArabicNames.KEY_VERSION of the folding; older rows are recomputed at startup
create table meeting_search (
    meeting_id      uuid primary key references meeting (id) on delete cascade,
    document        tsvector not null,
    public_document tsvector not null,
    city_keys       text[]   not null default '{}',
    topic_keys      text[]   not null default '{}',
    key_version     integer  not null
);
create index meeting_search_document on meeting_search using gin (document);
create index meeting_search_public_document on meeting_search using gin (public_document);
create index meeting_search_city_keys on meeting_search using gin (city_keys);
create index meeting_search_topic_keys on meeting_search using gin (topic_keys);
create index meeting_instruments on meeting using gin (instruments jsonb_path_ops);
create index meeting_status_kind on meeting (status, kind);
