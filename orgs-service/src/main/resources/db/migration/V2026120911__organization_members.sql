-- A membership's member is a person or an organisation (Popolo, after the Organization ontology's org:member): the
-- parties and currents of the Syrian Democratic Council, the components of the Negotiation Commission, the
-- organisations under a coalition's umbrella. Exactly one of person_id and member_organization_id is set, and an
-- organisation is never a member of itself (loops through others are allowed: memberships are not a tree).
alter table membership alter column person_id drop not null;
alter table membership add column member_organization_id uuid references organization (id);
alter table membership add constraint membership_one_member
    check ((person_id is null) <> (member_organization_id is null));
alter table membership add constraint membership_not_of_itself
    check (member_organization_id is distinct from organization_id);
-- GET /organizations/{id}/memberships-of.
create index membership_member_organization on membership (member_organization_id);

-- The memberships a merge left where they were because moving them would have made the winner a member of itself
-- (the loser's membership of the winner, or the winner's of the loser): undoing the merge has nothing to restore.
alter table organization_merge add column kept_memberships uuid[] not null default '{}';
-- The memberships whose member organisation the merge moved to the winner, so that undoing it moves them back.
alter table organization_merge add column moved_member_of uuid[] not null default '{}';
