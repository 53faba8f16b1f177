package org.liaison.support.background;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A thread of its own that works through a queue kept in the database, a batch (a transaction) at a time: it runs
 * batches while they find work, then waits until it is woken (a transaction queued work and committed) or the poll
 * interval passes (work queued by another instance, or a batch that failed and is tried again).
 */
public final class BatchLoop {

    private static final Logger LOG = Logger.getLogger(BatchLoop.class);

    private final String name;
    private final Duration pollInterval;
    private final BooleanSupplier batch;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** @param batch does one batch in a transaction of its own; returns whether it found work (there may be more) */
    public BatchLoop(String name, Duration pollInterval, BooleanSupplier batch) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.batch = batch;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Wakes the loop when the caller's transaction commits (not if it rolls back). */
    public void wakeUpAfterCommit(TransactionSynchronizationRegistry transactions) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    private void loop() {
        while (running) {
            try {
                while (running && batch.getAsBoolean()) {
                    wakeUp.drainPermits();
                }
                wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("%s: a batch failed (%s); trying again in %s", name, e.getMessage(), pollInterval);
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
