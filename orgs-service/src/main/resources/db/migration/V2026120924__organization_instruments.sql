-- The instruments an organisation cites as its basis (ids of the instrument catalogue), searchable by
-- GET /organizations?instrument=.
alter table organization add column instruments text[] not null default '{}';

create index organization_instruments on organization using gin (instruments);
