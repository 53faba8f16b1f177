package org.liaison.infra.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until every component that was just started is ready, noting each in the progress display the moment it is,
 * so that components started together are waited for together. The one wait of {@code ./liaison up} and of the test,
 * fault and bench clusters.
 */
public final class Startup {

    private static final long POLL_MILLIS = 100;

    /** Something starting: a service (ready when its readiness check says so), or the infrastructure. */
    public interface Component {
        String name();

        /** Asks now. */
        boolean isReady();

        /** False once its process has gone: it will never be ready. */
        boolean isAlive();

        /** Why it is not ready yet, for the message when it never is ("last answer from URL: HTTP 503"). */
        String lastAnswer();

        /** Where its output goes, for whoever must find out why it failed. */
        Path log();

        /** What its row shows once it is ready (where it answers). */
        String readyDetail();
    }

    /** A component that exited during startup or was not ready in time; the others are left as they are. */
    public static final class Failure extends RuntimeException {
        private final transient Component component;

        Failure(Component component, String message) {
            super(message);
            this.component = component;
        }

        public Component component() {
            return component;
        }
    }

    private Startup() {
    }

    /**
     * Returns once every component is ready; throws at the first that exits, or when some are still not ready
     * {@code timeout} after the call.
     */
    public static void awaitReady(List<? extends Component> components, Duration timeout, StartupProgress progress) {
        List<Component> waiting = new ArrayList<>(components);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            for (Component component : List.copyOf(waiting)) {
                if (component.isReady()) {
                    progress.ready(component.name(), component.readyDetail());
                    waiting.remove(component);
                } else if (!component.isAlive()) {
                    progress.failed(component.name(), "exited");
                    throw new Failure(component, component.name() + " exited during startup");
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                Component late = waiting.get(0);
                progress.failed(late.name(), "not ready in time");
                throw new Failure(late, late.name() + " was not ready within " + timeout.toSeconds() + "s ("
                        + late.lastAnswer() + ")");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(waiting.get(0), "interrupted while waiting for " + waiting.get(0).name());
            }
        }
    }
}
