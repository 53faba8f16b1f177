-- Where a meeting took place, so that the report names evidence meetings by title, date and place. Rows kept
-- before have no place until the meeting directory is rebuilt from meetings.events: asked for here when there are
-- any (RequestedRebuilds runs it once the service is up).
alter table directory_meeting
    add column city_ar    text,
    add column city_en    text,
    add column venue_ar   text,
    add column venue_en   text,
    add column country    text,
    add column place_mode text;

insert into read_model_rebuild_request (name, reason)
select 'meeting-directory', 'V2026121032: places of meetings'
where exists (select 1 from directory_meeting)
on conflict (name) do nothing;
