package org.liaison.infra;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfraMainTest {

    @Test
    void l12_ensureTakesNoPasswordOnTheCommandLine() {
        InfraMain.UsageException refused = assertThrows(InfraMain.UsageException.class, () -> InfraMain.run(
                new String[]{"ensure", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1", "--user", "postgres",
                        "--password", "secret"}));
        assertTrue(refused.getMessage().contains("--password"), refused.getMessage());
    }
}
