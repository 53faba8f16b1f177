-- meeting.* events carry a meeting's status (a cancelled adopting meeting is flagged on its recommendation set)
-- and the recommendations it advances (added as evidence to their timelines).
alter table directory_meeting add column status text not null default 'planned';
alter table directory_meeting add column advances uuid[] not null default '{}';
