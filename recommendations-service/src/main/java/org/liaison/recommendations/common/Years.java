package org.liaison.recommendations.common;

import org.liaison.support.problem.ProblemException;

/** The {@code year} query parameter, read as text so that a bad value is a 400 naming it (not JAX-RS's 404). */
public final class Years {

    /** Work-plan years this service accepts. */
    public static final int MIN = 1900;
    public static final int MAX = 2200;

    private Years() {
    }

    /** @return null when absent */
    public static Integer param(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(raw);
            if (year >= MIN && year <= MAX) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name, "must be a year from " + MIN + " to " + MAX);
    }
}
