-- Actions (sub-results, as Decidim's results have children) that carry a recommendation out, each with its own lead
-- unit, due date (partial), status, progress and weight; the recommendation's progress is the weighted mean of its
-- actions not dropped. action_revision keeps each action as every write left it (state as the events carry it), so
-- that a report as of a past day shows the actions as they stood then.
create table recommendation_action (
    id                uuid primary key,
    version           bigint      not null,
    recommendation_id uuid        not null references recommendation (id),
    title_ar          text        not null,
    title_en          text,
    lead_office_id    uuid,
    due_text          text,
    status            text        not null,
    progress          integer     not null check (progress between 0 and 100),
    weight            integer     not null check (weight between 1 and 100),
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index recommendation_action_of on recommendation_action (recommendation_id, created_at);

create table recommendation_action_revision (
    action_id         uuid        not null references recommendation_action (id),
    version           bigint      not null,
    recommendation_id uuid        not null,
    state             jsonb       not null,
    recorded_at       timestamptz not null,
    primary key (action_id, version)
);
create index recommendation_action_revision_of on recommendation_action_revision (recommendation_id, recorded_at);
