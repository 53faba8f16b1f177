-- meeting.* events carry whether a meeting is restricted and which offices take part, so that this
-- service shows a restricted meeting's details to those offices only.
alter table directory_meeting add column restricted boolean not null default false;
alter table directory_meeting add column parties uuid[] not null default '{}';
