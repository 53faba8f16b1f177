-- The local copy of orgs-service's organisations that a consuming service keeps from orgs.events.
create table directory_organization (
    id         uuid primary key,
    version    bigint      not null,
    kind       text        not null,
    name_ar    text        not null,
    name_en    text,
    updated_at timestamptz not null default now()
);
