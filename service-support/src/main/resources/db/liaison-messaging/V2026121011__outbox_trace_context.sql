-- The trace context of the transaction that wrote each event (W3C Trace Context: traceparent, and tracestate when
-- there is one), so that the relay's publish span continues the request's trace however much later it runs. Null
-- when tracing is off or nothing was being traced. Published as the CloudEvents distributed-tracing extension.
alter table outbox_event add column trace_parent text;
alter table outbox_event add column trace_state text;
