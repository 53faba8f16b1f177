package org.liaison.orgs;

import java.util.UUID;

/**
 * Names that no other test registers: orgs-service refuses a second organisation with the same name, and
 * every test class of this module shares one database.
 */
public final class TestNames {

    private TestNames() {
    }

    /** The real name followed by a short random tag, e.g. «بيتنا 3f2a9c1e». */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
