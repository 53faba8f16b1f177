-- Rebuilds of read models asked for by a migration. A migration that gives a read model's table a new column cannot
-- fill it for the rows already there (the values are in another service's topic): it names the model here, and
-- RequestedRebuilds rebuilds it from its topic once the service runs, then deletes the row.
create table read_model_rebuild_request (
    name         text primary key,
    reason       text        not null,
    requested_at timestamptz not null default now()
);
