-- The effect of the messaging tests' consumer (AppliedEvents): one row per event applied, in the order applied.
create table applied_event (
    seq          bigint generated always as identity primary key,
    event_id     text   not null,
    aggregate_id text   not null,
    version      bigint not null
);
create index applied_event_aggregate on applied_event (aggregate_id, seq);
