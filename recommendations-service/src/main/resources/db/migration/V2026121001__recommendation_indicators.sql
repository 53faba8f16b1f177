-- Indicators: figures that show how far a recommendation has got (name, unit, baseline, target, their partial
-- dates). indicator_revision keeps each indicator as every write left it (state as the events carry it, without its
-- measurements), so that a report as of a past day shows it as it stood then. Measurements are only ever added: a
-- wrong one is corrected by a later one or withdrawn by an entry that names it (withdraws), so a past report never
-- changes.
create table recommendation_indicator (
    id                uuid        primary key,
    version           bigint      not null,
    recommendation_id uuid        not null references recommendation (id),
    name_ar           text        not null,
    name_en           text,
    unit              text,
    baseline          numeric,
    baseline_text     text,
    target            numeric,
    target_text       text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index recommendation_indicator_of on recommendation_indicator (recommendation_id, created_at);

create table recommendation_indicator_revision (
    indicator_id      uuid        not null references recommendation_indicator (id),
    version           bigint      not null,
    recommendation_id uuid        not null,
    state             jsonb       not null,
    recorded_at       timestamptz not null,
    primary key (indicator_id, version)
);
create index recommendation_indicator_revision_of
    on recommendation_indicator_revision (recommendation_id, recorded_at);

create table recommendation_indicator_measurement (
    id                uuid        primary key,
    indicator_id      uuid        not null references recommendation_indicator (id),
    recommendation_id uuid        not null,
    value             numeric,
    measured_text     text,
    source_url        text,
    note              text,
    recorded_by       uuid,
    recorded_at       timestamptz not null,
    -- A withdrawal names the measurement it withdraws and measures nothing; a measurement is withdrawn once.
    withdraws         uuid        unique references recommendation_indicator_measurement (id),
    check ((withdraws is null) = (value is not null and measured_text is not null))
);
create index recommendation_indicator_measurement_of
    on recommendation_indicator_measurement (recommendation_id, recorded_at);
create index recommendation_indicator_measurement_of_indicator
    on recommendation_indicator_measurement (indicator_id, recorded_at);
