-- Webhook limits (security review H1, M3): fair claims with a concurrency limit per subscription; generic
-- reasons in the delivery log.

-- While an attempt runs: when its claim's lease ends. A pending delivery with claimed_until in the future is in
-- flight; its subscription's in-flight count is what the claim compares with the concurrency limit.
alter table webhook_delivery add column claimed_until timestamptz;
-- The claim: per subscription, its due deliveries in order; the in-flight ones; the order within an aggregate.
drop index webhook_delivery_due;
create index webhook_delivery_subscription_due on webhook_delivery (subscription_id, next_attempt_at, seq)
    where status = 'pending';
create index webhook_delivery_in_flight on webhook_delivery (subscription_id) where claimed_until is not null;
drop index webhook_delivery_order;
create index webhook_delivery_order on webhook_delivery (subscription_id, aggregate_key, seq)
    where status in ('pending', 'paused');
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
