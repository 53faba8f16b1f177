-- Issue 20 part 1: a rename of an organisation named by tens of thousands of meetings no longer rewrites their
-- search rows inside the consumer's transaction. The consumer queues the organisation here (milliseconds) and
-- org.liaison.meetings.search.SearchRefreshQueue rewrites the rows in batches of their own transactions, resuming
-- after the last meeting done; a newer rename of the same organisation starts it over.
create table search_refresh (
    organization_id uuid primary key,
    requested_at    timestamptz not null,
    after_meeting   uuid,
    refreshed       integer     not null default 0
);
create index search_refresh_requested on search_refresh (requested_at);

-- The meeting's version each search row was computed from: a batch that read a meeting before a concurrent write
-- of it never overwrites the newer row that write made.
alter table meeting_search add column meeting_version bigint not null default 0;

-- The batches walk an organisation's meetings in id order.
create index meeting_organizer_id on meeting (organizer_id, id);
drop index meeting_organizer;
create index meeting_participant_organization_meeting on meeting_participant (organization_id, meeting_id);
drop index meeting_participant_organization;
create index meeting_participant_on_behalf_of_meeting on meeting_participant (on_behalf_of_id, meeting_id);
drop index meeting_participant_on_behalf_of;

-- The same for merges and unmerges: the consumer moves the references in SQL and queues the meetings changed; each
-- gets its new version, its meeting.updated event and its search row in batches of their own transactions
-- (org.liaison.meetings.merge.MergeAnnouncements).
create table meeting_announcement (
    meeting_id   uuid primary key references meeting (id) on delete cascade,
    requested_at timestamptz not null
);
create index meeting_announcement_requested on meeting_announcement (requested_at, meeting_id);
