-- A merge of one organisation (the loser, registered twice under another name) into another (the winner),
-- with everything it moved, so that undoing it restores exactly that: the names the winner took over, the
-- units that moved under the winner, and the roles (as organisation or as "on behalf of") that moved to it.
create table organization_merge (
    id                 uuid primary key,
    winner_id          uuid        not null references organization (id),
    loser_id           uuid        not null references organization (id),
    merged_at          timestamptz not null,
    merged_by          text,
    undone_at          timestamptz,
    added_names        jsonb       not null default '[]',
    moved_units        uuid[]      not null default '{}',
    moved_memberships  uuid[]      not null default '{}',
    moved_on_behalf_of uuid[]      not null default '{}'
);
-- An organisation is merged into at most one other at a time.
create unique index organization_merge_standing on organization_merge (loser_id) where undone_at is null;
create index organization_merge_winner on organization_merge (winner_id);
