-- What this service knows of recommendations-service's recommendations, from recommendations.events: enough to
-- check a meeting's advances (the offices that report on each recommendation). Newest version wins, like the
-- organisation directory. A recommendation counts as known once its row and its set's row have both arrived
-- (they come under different keys, so in either order).
create table directory_recommendation_set (
    id                      uuid primary key,
    version                 bigint      not null,
    issuing_organization_id uuid        not null,
    updated_at              timestamptz not null
);

create table directory_recommendation (
    id                          uuid primary key,
    version                     bigint      not null,
    set_id                      uuid        not null,
    lead_office_id              uuid,
    supporting_organization_ids uuid[]      not null default '{}',
    updated_at                  timestamptz not null
);
