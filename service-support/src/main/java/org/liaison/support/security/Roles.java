package org.liaison.support.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    /** Reads everything its office may see. */
    public static final String READER = "reader";
    /** Also changes what its office owns. */
    public static final String EDITOR = "editor";
    /** Changes anything and sees restricted meetings. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
