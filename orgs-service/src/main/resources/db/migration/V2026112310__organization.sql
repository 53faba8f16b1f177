create table organization (
    id         uuid primary key,
    version    bigint      not null,
    kind       text        not null,
    name_ar    text        not null,
    name_en    text,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
-- Keyset paging of GET /organizations.
create index organization_created on organization (created_at, id);
