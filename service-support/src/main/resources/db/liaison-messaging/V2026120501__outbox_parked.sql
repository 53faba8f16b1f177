-- A row the broker can never accept (larger than the producer's max.request.size or the topic's max.message.bytes,
-- a record the broker calls invalid) is parked instead of blocking every later event of the service: the relay
-- marks it PARKED with when and why, and publishes the rows after it. An operator lists parked rows
-- (GET /admin/outbox/parked) and puts one back to PENDING (POST /admin/outbox/parked/{id}/retry) once it can be
-- published, e.g. after raising the limit.
alter table outbox_event drop constraint outbox_event_status_check;
alter table outbox_event add constraint outbox_event_status_check
    check (status in ('PENDING', 'PUBLISHED', 'PARKED'));
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason text;
alter table outbox_event add constraint outbox_event_parked_check
    check (status <> 'PARKED' or (parked_at is not null and park_reason is not null));
-- Parked rows are few; the admin list and the gauge liaison.outbox.parked.rows read them through this index.
create index outbox_event_parked on outbox_event (seq) where status = 'PARKED';
