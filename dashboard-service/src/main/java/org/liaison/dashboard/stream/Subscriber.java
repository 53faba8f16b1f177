package org.liaison.dashboard.stream;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.liaison.dashboard.events.EventListener;
import org.liaison.dashboard.events.KafkaReplay;
import org.liaison.dashboard.events.LiveEvent;
import org.liaison.dashboard.events.Position;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One open {@code /stream}: the client's position, its filter and viewer, and a bounded queue of frames
 * written one at a time (the next only once the previous write completed, so a client that does not read
 * holds up nobody but itself). Every record moves the position, shown or not, so the id of each frame sent
 * is the position right after that event: resuming from it gives exactly what follows.
 */
final class Subscriber implements EventListener {

    enum End { CLIENT_GONE, SLOW, STALLED, REPLAY_FAILED, TOKEN_EXPIRED, SHUTDOWN }

    private final SseEventSink sink;
    private final HttpServerResponse response;
    private final Sse sse;
    private final Viewer viewer;
    private final StreamFilter filter;
    private final EventViews views;
    private final Position.Mutable position;
    private final int maxQueued;
    private final Consumer<Subscriber> onClose;
    private final Queue<OutboundSseEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile long writeStartedNanos;
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile End end;

    Subscriber(SseEventSink sink, HttpServerResponse response, Sse sse, Viewer viewer, StreamFilter filter,
            EventViews views, Position from,
               int maxQueued, Consumer<Subscriber> onClose) {
        this.sink = sink;
        this.response = response;
        this.sse = sse;
        this.viewer = viewer;
        this.filter = filter;
        this.views = views;
        this.position = from.mutable();
        this.maxQueued = maxQueued;
        this.onClose = onClose;
    }

    /** A live record, on the consumer thread: a client that has fallen too far behind is cut off. */
    @Override
    public void onEvent(LiveEvent event) {
        deliver(event);
        if (queued.get() > maxQueued) {
            close(End.SLOW);
        }
    }

    /** Records read to catch up (from the buffer or Kafka): the caller waits for room instead. */
    synchronized void deliverReplayed(List<LiveEvent> events, KafkaReplay replay) {
        events.forEach(this::deliver);
        if (replay != null) {
            replay.advance(position);
        }
    }

    private synchronized void deliver(LiveEvent event) {
        if (end != null || !position.advance(event.partition(), event.offset()) || !event.isEvent()) {
            return;
        }
        EventViews.Shared shown = views.shared(event, viewer);
        if (!filter.matches(shown.view())) {
            return;
        }
        enqueue(sse.newEventBuilder().id(position.encode()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, shown.text()).build());
    }

    synchronized Position position() {
        return position.snapshot();
    }

    /** Waits while the queue is more than half full (catching up must not outrun the client). */
    void awaitRoom() throws InterruptedException {
        while (end == null && queued.get() > maxQueued / 2) {
            Thread.sleep(20);
        }
    }

    void comment(String text) {
        enqueue(sse.newEventBuilder().comment(text).build());
    }

    /**
     * Called every second: the end of a stream whose token has expired, a heartbeat when idle, and the cut-off of a
     * write that does not complete.
     */
    void tick(long now, Instant wallClock, long heartbeatNanos, long stallNanos) {
        long started = writeStartedNanos;
        if (viewer.hasExpired(wallClock)) {
            close(End.TOKEN_EXPIRED);
        } else if (started != 0 && now - started > stallNanos) {
            close(End.STALLED);
        } else if (queued.get() == 0 && !writing.get() && now - lastWriteNanos > heartbeatNanos) {
            comment("heartbeat");
        }
    }

    Viewer viewer() {
        return viewer;
    }

    boolean isClosed() {
        return end != null;
    }

    End end() {
        return end;
    }

    private void enqueue(OutboundSseEvent frame) {
        if (end != null) {
            return;
        }
        queue.add(frame);
        queued.incrementAndGet();
        pump();
    }

    /**
     * Writes queued frames one after the other; a write that completes at once is followed in this loop. While
     * the connection's write queue is full (the client does not read), frames wait here, where they count
     * against the client's limit, instead of piling up in the server's network buffers.
     */
    private void pump() {
        while (end == null && writing.compareAndSet(false, true)) {
            if (response != null && response.writeQueueFull()) {
                if (writeStartedNanos == 0) {
                    writeStartedNanos = System.nanoTime();
                }
                response.drainHandler(ignored -> {
                    writeStartedNanos = 0;
                    pump();
                });
                writing.set(false);
                return;
            }
            OutboundSseEvent next = queue.poll();
            if (next == null) {
                writing.set(false);
                if (queue.isEmpty()) {
                    return;
                }
                continue;
            }
            queued.decrementAndGet();
            CompletableFuture<?> sent;
            try {
                sent = sink.send(next).toCompletableFuture();
            } catch (RuntimeException e) {
                writing.set(false);
                close(End.CLIENT_GONE);
                return;
            }
            lastWriteNanos = System.nanoTime();
            if (sent.isDone()) {
                writing.set(false);
                if (sent.isCompletedExceptionally()) {
                    close(End.CLIENT_GONE);
                    return;
                }
                continue;
            }
            writeStartedNanos = System.nanoTime();
            sent.whenComplete((ok, error) -> {
                writeStartedNanos = 0;
                lastWriteNanos = System.nanoTime();
                writing.set(false);
                if (error != null) {
                    close(End.CLIENT_GONE);
                } else {
                    pump();
                }
            });
            return;
        }
    }

    /** Ends the stream (once); the client's EventSource reconnects with the id of the last frame it got. */
    void close(End why) {
        synchronized (this) {
            if (end != null) {
                return;
            }
            end = why;
        }
        queue.clear();
        queued.set(0);
        try {
            if ((why == End.SLOW || why == End.STALLED) && response != null) {
                response.close(); // the connection itself: its buffers hold what the client did not read
            } else {
                sink.close();
            }
        } catch (RuntimeException e) {
            // already gone
        }
        onClose.accept(this);
    }
}
