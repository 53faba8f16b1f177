package org.liaison.support.background;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A queue kept in the database and worked through by a thread of its own, a batch (a transaction) at a time, from
 * the application's start to its shutdown: the thread runs batches while they find work, then waits until it is
 * woken (a transaction queued work and committed) or the poll interval passes (work queued by another instance, or
 * a batch that failed and is tried again). Subclasses are application-scoped beans.
 */
public abstract class BackgroundQueue {

    private static final Logger LOG = Logger.getLogger(BackgroundQueue.class);

    private final String name;
    private final Duration pollInterval;
    private final TransactionSynchronizationRegistry transactions;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    protected BackgroundQueue(String name, Duration pollInterval, TransactionSynchronizationRegistry transactions) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.transactions = transactions;
    }

    /** For the client proxy CDI makes of an application-scoped subclass; never a working queue. */
    protected BackgroundQueue() {
        this("proxy", Duration.ofSeconds(1), null);
    }

    /** Does one batch in a transaction of its own; returns whether it found work (there may be more). */
    protected abstract boolean runOneBatch();

    // Public: observers declared here are found on the subclasses, which live in other packages.
    public void startThread(@Observes StartupEvent event) {
        startThread();
    }

    public void stopThread(@Observes ShutdownEvent event) throws InterruptedException {
        stopThread();
    }

    private synchronized void startThread() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void stopThread() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Wakes the thread when the caller's transaction, which queued work, commits (not if it rolls back). */
    protected void wakeUpAfterCommit() {
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
                while (running && runOneBatch()) {
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
