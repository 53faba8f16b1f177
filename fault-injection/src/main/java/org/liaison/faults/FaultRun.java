package org.liaison.faults;

import org.liaison.infra.testing.Cluster;

import java.util.ArrayList;
import java.util.List;

/** What one fault works with: the cluster, the oracle, the ledger of its writes, and what it found itself. */
final class FaultRun {

    final Cluster cluster;
    final Oracle oracle;
    private final String name;
    private final Ledger ledger = new Ledger();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FaultRun(String name, Cluster cluster, Oracle oracle) {
        this.name = name;
        this.cluster = cluster;
        this.oracle = oracle;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Starts writing at {@code writesPerSecond} from four offices; close it to stop. */
    Load load(int writesPerSecond) {
        return new Load(cluster, ledger, name, writesPerSecond, 4).start();
    }

    /** A broken promise the fault itself observed (the oracle adds its own). */
    void problem(String problem) {
        synchronized (problems) {
            problems.add(problem);
        }
    }

    /** A figure or fact for the report that is not a failure. */
    void note(String note) {
        synchronized (notes) {
            notes.add(note);
        }
    }

    void expect(boolean condition, String problemIfNot) {
        if (!condition) {
            problem(problemIfNot);
        }
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }
}
