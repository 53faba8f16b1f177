-- Webhook limits (security review H1, M3, M4): fair claims with a concurrency limit per subscription, pacing
-- after slow answers, a bound on what a paused subscription holds, dead deliveries that a scheduled purge removes
-- (with the delivered ones) after their retention, and generic reasons in the delivery log.

-- While an attempt runs: when its claim's lease ends. A pending delivery with claimed_until in the future is in
-- flight; its subscription's in-flight count is what the claim compares with the concurrency limit.
alter table webhook_delivery add column claimed_until timestamptz;
-- dead: still failing after liaison.webhooks.give-up-after; never tried again, purged after the dead retention.
alter table webhook_delivery add column dead_at timestamptz;
alter table webhook_delivery drop constraint webhook_delivery_status_check;
alter table webhook_delivery add constraint webhook_delivery_status_check
    check (status in ('pending', 'delivered', 'paused', 'dead'));

-- Answers slower than liaison.webhooks.slow-answer-threshold in a row, and the time before which the subscription
-- is not claimed again because of them (a backoff, as after failures).
alter table webhook_subscription add column consecutive_slow int not null default 0;
alter table webhook_subscription add column paced_until timestamptz;
-- Events not queued during the latest pause because the subscription already held the most it may.
alter table webhook_subscription add column dropped_while_paused bigint not null default 0;

-- The claim: per subscription, its due deliveries in order; the in-flight ones; the order within an aggregate,
-- which a dead delivery no longer holds back.
drop index webhook_delivery_due;
create index webhook_delivery_subscription_due on webhook_delivery (subscription_id, next_attempt_at, seq)
    where status = 'pending';
create index webhook_delivery_in_flight on webhook_delivery (subscription_id) where claimed_until is not null;
drop index webhook_delivery_order;
create index webhook_delivery_order on webhook_delivery (subscription_id, aggregate_key, seq)
    where status in ('pending', 'paused');
-- The purge.
create index webhook_delivery_delivered_at on webhook_delivery (delivered_at) where status = 'delivered';
create index webhook_delivery_dead_at on webhook_delivery (dead_at) where status = 'dead';

-- The delivery log keeps generic reasons only (security review M3): the exception texts recorded before
-- (ConnectException: ..., HttpTimeoutException: ...) told an office which internal ports answered.
create function pg_temp.liaison_generic_error(error text) returns text language sql immutable as $$
    select case
        when error is null then null
        when error ~ '^HTTP [0-9]{3}$' or error = 'the subscription was deleted' then error
        when error ilike '%timeout%' or error ilike '%timed out%' then 'timeout'
        when error ilike '%ssl%' or error ilike '%tls%' or error ilike '%certificate%' then 'TLS error'
        when error like 'not sent: the URL%' then 'not sent: the target is not allowed'
        when error like 'not sent%' then 'not sent'
        else 'connection failed'
    end $$;
update webhook_attempt set error = pg_temp.liaison_generic_error(error) where error is not null;
update webhook_delivery set last_error = pg_temp.liaison_generic_error(last_error) where last_error is not null;
update webhook_subscription
   set paused_reason = substring(paused_reason from '^(.* the last with )')
                       || pg_temp.liaison_generic_error(substring(paused_reason from ' the last with (.*)$'))
 where paused_reason like '% the last with %';
drop function pg_temp.liaison_generic_error(text);
