package org.liaison.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging helpers. Everything in this module logs through JBoss LogManager (the backend Quarkus
 * uses): Kafka's SLF4J calls go through {@code slf4j-jboss-logmanager}, its Log4j 2 API calls through
 * {@code log4j2-jboss-logmanager}, zonky's SLF4J calls likewise. There is deliberately no
 * log4j-core, logback or slf4j-simple on the classpath.
 */
public final class InfraLogging {

    /** Loggers of the embedded broker that are far too chatty at INFO. */
    private static final List<String> NOISY = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "org.apache.kafka.clients",
            "org.apache.kafka.common.utils.AppInfoParser", "io.zonky");

    /* Strong references: java.util.logging may otherwise forget a level set on an unreferenced logger. */
    private static final List<Logger> PINNED = new ArrayList<>();
    private static boolean quieted;

    private InfraLogging() {
    }

    /** Sets the Kafka broker/client and zonky loggers to WARN (idempotent). */
    public static synchronized void quietNoisyLoggers() {
        if (quieted) {
            return;
        }
        quieted = true;
        for (String name : NOISY) {
            Logger jul = Logger.getLogger(name);
            jul.setLevel(Level.WARNING);
            PINNED.add(jul);
            try {
                // When JBoss LogManager is not the installed JUL manager (plain JUnit without the
                // system property), SLF4J/Log4j calls still go to its system LogContext: quiet it too.
                org.jboss.logmanager.Logger jb = org.jboss.logmanager.LogContext.getSystemLogContext().getLogger(name);
                jb.setLevel(Level.WARNING);
                PINNED.add(jb);
            } catch (Throwable ignored) {
                // jboss-logmanager missing: nothing else to do
            }
        }
    }

    /**
     * For the command line: one console handler on stdout with timestamps, root at INFO.
     * Call after {@code java.util.logging.manager} is set.
     */
    public static void configureConsole() {
        String pattern = "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{1.}] (%t) %s%e%n";
        org.jboss.logmanager.Logger root = org.jboss.logmanager.LogContext.getSystemLogContext().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        org.jboss.logmanager.handlers.ConsoleHandler console = new org.jboss.logmanager.handlers.ConsoleHandler(
                org.jboss.logmanager.handlers.ConsoleHandler.Target.SYSTEM_OUT,
                new org.jboss.logmanager.formatters.PatternFormatter(pattern));
        console.setAutoFlush(true);
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        PINNED.add(root);
        quietNoisyLoggers();
        // The Postgres server's own output (readiness, shutdown) is worth seeing in the CLI log.
        org.jboss.logmanager.Logger zonky = org.jboss.logmanager.LogContext.getSystemLogContext().getLogger("io.zonky");
        zonky.setLevel(Level.INFO);
        Logger.getLogger("io.zonky").setLevel(Level.INFO);
    }
}
