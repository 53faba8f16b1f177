-- Who owns a meeting (the office that recorded it, besides its organiser) and whether its details are
-- only for the offices taking part.
alter table meeting add column created_by_office uuid;
alter table meeting add column restricted boolean not null default false;
