-- Roles people hold in organisations, possibly on behalf of another organisation. Partial dates are text in
-- their one form (2024, 2024-06, 2024-06-10) so that their precision survives; a role without an end date is
-- current.
create table membership (
    id              uuid primary key,
    version         bigint      not null,
    person_id       uuid        not null references person (id),
    organization_id uuid        not null references organization (id),
    role            text        not null,
    label           text,
    on_behalf_of_id uuid references organization (id),
    start_date      text,
    end_date        text,
    sources         jsonb       not null default '[]',
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
-- Keyset paging of GET /memberships.
create index membership_created on membership (created_at, id);
create index membership_person on membership (person_id);
create index membership_organization on membership (organization_id);
create index membership_on_behalf_of on membership (on_behalf_of_id);
