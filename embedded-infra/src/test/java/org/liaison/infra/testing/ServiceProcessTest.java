package org.liaison.infra.testing;

import org.junit.jupiter.api.Test;
import org.liaison.infra.LiaisonTopology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceProcessTest {

    @Test
    void eachServiceRunsWithItsOwnHeapAndAnyOtherAppWithOrgsServices() {
        assertEquals(LiaisonTopology.DASHBOARD.heapMiB(), ServiceProcess.heapMiB(Path.of("dashboard-service")));
        assertEquals(LiaisonTopology.MEETINGS.heapMiB(), ServiceProcess.heapMiB(Path.of("meetings-service")));
        assertEquals(LiaisonTopology.ORGS.heapMiB(), ServiceProcess.heapMiB(Path.of("bench/plain-app")));
    }

    @Test
    void peakAndCurrentResidentMemoryAreReadFromTheirOwnLines() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 5000000 kB", "VmHWM:\t  524288 kB",
                "VmRSS:\t  262144 kB");
        assertEquals(512, ServiceProcess.statusMiB(status, "VmHWM:"));
        assertEquals(256, ServiceProcess.statusMiB(status, "VmRSS:"));
        assertEquals(-1, ServiceProcess.statusMiB(List.of("Name:\tjava"), "VmHWM:"),
                "a kernel thread has no such line");
    }

    @Test
    void thisKernelGivesBothFieldsOfARunningProcess() throws Exception {
        Process self = new ProcessBuilder("sleep", "5").start();
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(self.pid()), "status"));
            long peak = ServiceProcess.statusMiB(status, "VmHWM:");
            long now = ServiceProcess.statusMiB(status, "VmRSS:");
            assertTrue(now >= 0 && peak >= now, "VmHWM " + peak + " MiB, VmRSS " + now + " MiB");
        } finally {
            self.destroyForcibly();
        }
    }
}
