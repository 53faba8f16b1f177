package org.liaison.infra;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseBootstrapTest {

    @Test
    void databaseUrlAppendsOrReplacesTheDatabase() {
        assertEquals("jdbc:postgresql://db:5432/orgs",
                DatabaseBootstrap.databaseUrl("jdbc:postgresql://db:5432", "orgs"));
        assertEquals("jdbc:postgresql://db:5432/orgs",
                DatabaseBootstrap.databaseUrl("jdbc:postgresql://db:5432/", "orgs"));
        assertEquals("jdbc:postgresql://db:5432/orgs",
                DatabaseBootstrap.databaseUrl("jdbc:postgresql://db:5432/postgres", "orgs"));
        assertEquals("jdbc:postgresql://db:5432/orgs?sslmode=require",
                DatabaseBootstrap.databaseUrl("jdbc:postgresql://db:5432?sslmode=require", "orgs"));
    }
}
