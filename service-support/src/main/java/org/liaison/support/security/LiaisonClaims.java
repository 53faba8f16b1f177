package org.liaison.support.security;

/** Claims of a Liaison token besides the standard ones. */
public final class LiaisonClaims {
    /** The id of the partner office's organisation that the token acts for. */
    public static final String OFFICE = "office";

    private LiaisonClaims() {
    }
}
