-- The role of the request's token (admin, editor, reader) next to its office and subject, published as the
-- CloudEvents extension actorrole: a consumer that applies what an event claims (a meeting's advances becoming
-- evidence on another service's recommendation) checks what that actor was allowed to cause.
alter table outbox_event add column actor_role text;
