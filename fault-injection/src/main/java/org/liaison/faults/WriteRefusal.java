package org.liaison.faults;

/**
 * One way for a service's database to refuse writes while it still answers reads (fault F11): begun and ended by the
 * fault, bounded in time. {@link #end()} gives the writes back and may be called again (the fault calls it in a
 * {@code finally}).
 */
interface WriteRefusal {

    /** For the report, e.g. "meetings made read-only". */
    String what();

    void begin() throws Exception;

    void end() throws Exception;
}
