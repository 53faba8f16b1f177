package org.liaison.faults;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The faults CI runs ({@code liaison.faults}, set in this module's pom: the quick ones). Each must lose no
 * acknowledged write, apply nothing twice and recover within its target; the report is in target/faults.
 */
class FaultSuiteIT {

    @Test
    void everyFaultKeepsThePromises() {
        List<String> names = Arrays.asList(System.getProperty("liaison.faults", "").split(","));
        List<FaultResult> results = FaultMain.run(FaultSuite.select(names), FaultMain.reportDirectory());
        String report = Report.markdown(results);
        System.out.println(report);
        assertTrue(results.stream().allMatch(FaultResult::passed), report);
    }
}
