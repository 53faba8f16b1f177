-- What an organisation is besides its names: where it works, what it does, when it was founded and
-- dissolved, and where each fact was read. Lists of small records (other names, identifiers, links,
-- sources) are jsonb in the event payload's own shape; partial dates are text in their one form
-- (2024, 2024-06, 2024-06-10) so that their precision survives.
alter table organization
    add column other_names      jsonb   not null default '[]',
    add column country          text,
    add column city             text,
    add column domains          text[]  not null default '{}',
    add column principles       text[]  not null default '{}',
    add column goals            text[]  not null default '{}',
    add column founding_date    text,
    add column dissolution_date text,
    add column active           boolean not null default true,
    add column identifiers      jsonb   not null default '[]',
    add column links            jsonb   not null default '[]',
    add column sources          jsonb   not null default '[]',
    -- Set while this organisation is merged into another; GET on it answers with the winner.
    add column merged_into      uuid references organization (id);
create index organization_country on organization (country);
