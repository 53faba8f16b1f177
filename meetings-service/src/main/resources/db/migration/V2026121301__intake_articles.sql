-- Article intake: an article an editor pasted, the draft read from it and the proposal offered for review, and once
-- accepted the corrected proposal and what it registered. Kept so that a draft can be reviewed later and an accept
-- repeated with the same body answers the same result (a different body is refused).
create table intake_article (
    id              uuid primary key,
    -- The office of the editor who pasted it: only that office (and admins) sees it.
    office_id       uuid,
    article         jsonb       not null,
    draft           jsonb       not null,
    proposal        jsonb       not null,
    accept_request  jsonb,
    accept_result   jsonb,
    created_at      timestamptz not null,
    accepted_at     timestamptz
);
create index intake_article_office on intake_article (office_id, created_at desc);
