package org.liaison.infra.launcher;

/** A JVM that does nothing for a minute: what a pid file of {@code ./liaison} names, for {@code down} to stop. */
public final class SleepingJvm {

    private SleepingJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(60_000);
    }
}
