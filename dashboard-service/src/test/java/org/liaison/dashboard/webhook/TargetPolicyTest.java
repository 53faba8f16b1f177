package org.liaison.dashboard.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** M3 (security review): the address and port rules, and what an allow-list entry opens (no application needed). */
class TargetPolicyTest {

    private static final TargetPolicy DEFAULTS = new TargetPolicy(List.of(), List.of("80", "443"));

    @Test
    void m3_byDefaultOnlyPublicAddressesOnPorts80And443() throws Exception {
        assertNull(DEFAULTS.refusal("hooks.example.org", 443, addresses("93.184.216.34")));
        assertNull(DEFAULTS.refusal("hooks.example.org", 80, addresses("2606:2800:220:1:248:1893:25c8:1946")));
        for (String internal : List.of("10.0.0.5", "172.16.3.4", "172.31.255.255", "192.168.1.1", "100.64.0.1",
                "127.0.0.1", "127.0.0.2", "198.18.0.1", "192.0.2.1", "240.0.0.1", "::1", "fc00::1", "fd12:3456::1",
                "fec0::1", "2001:db8::1", "64:ff9b::a00:5", "2002:a00:5::1", "::ffff:10.0.0.5")) {
            assertEquals(TargetPolicy.INTERNAL, DEFAULTS.refusal("h", 443, addresses(internal)), internal);
        }
        for (String never : List.of("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "fe80::1",
                "0.0.0.0", "::", "224.0.0.1", "ff02::1", "255.255.255.255", "64:ff9b::a9fe:a9fe")) {
            assertEquals(TargetPolicy.NEVER, DEFAULTS.refusal("h", 443, addresses(never)), never);
        }
        assertTrue(DEFAULTS.refusal("hooks.example.org", 2375, addresses("93.184.216.34"))
                .startsWith("must use one of the ports 80, 443"));
        assertTrue(DEFAULTS.refusal("unresolved.example.org", 8080, List.of()).startsWith("must use"));
        assertNull(DEFAULTS.refusal("unresolved.example.org", 443, List.of()));
        // One bad address among several is enough to refuse.
        assertEquals(TargetPolicy.INTERNAL, DEFAULTS.refusal("h", 443, addresses("93.184.216.34", "10.0.0.5")));
        assertEquals(TargetPolicy.NEVER, DEFAULTS.nameRefusal("metadata.google.internal"));
        assertEquals(TargetPolicy.INTERNAL, DEFAULTS.nameRefusal("api.localhost"));
    }

    @Test
    void m3_anAllowListEntryOpensItsRangeOrNameOnItsPortsAndNothingElse() throws Exception {
        TargetPolicy policy = new TargetPolicy(List.of("10.20.0.0/16:8443", "[fd12::]/64", "hooks.internal:*",
                "localhost:8000-8999"), List.of("80", "443"));
        assertNull(policy.refusal("h", 8443, addresses("10.20.1.2")));
        // The allowed ports hold everywhere; an entry adds its own for what it covers.
        assertNull(policy.refusal("h", 443, addresses("10.20.1.2")));
        assertTrue(policy.refusal("h", 8443, addresses("93.184.216.34")).startsWith("must use"));
        assertEquals(TargetPolicy.INTERNAL, policy.refusal("h", 8443, addresses("10.21.1.2")));
        assertNull(policy.refusal("h", 443, addresses("fd12::7")));
        assertTrue(policy.refusal("h", 8443, addresses("fd12::7")).startsWith("must use"));
        assertNull(policy.refusal("hooks.internal", 9000, addresses("192.168.7.7")));
        assertEquals(TargetPolicy.INTERNAL, policy.refusal("other.internal", 443, addresses("192.168.7.7")));
        assertNull(policy.refusal("localhost", 8080, addresses("127.0.0.1")));
        assertNull(policy.nameRefusal("localhost"));
        // Link-local and metadata stay refused whatever the list says.
        TargetPolicy wide = new TargetPolicy(List.of("0.0.0.0/0:*", "[::]/0:*"), List.of("80", "443"));
        assertEquals(TargetPolicy.NEVER, wide.refusal("h", 80, addresses("169.254.169.254")));
        assertEquals(TargetPolicy.NEVER, wide.refusal("h", 80, addresses("100.100.100.200")));
        assertEquals(TargetPolicy.NEVER, wide.refusal("h", 80, addresses("fd00:ec2::254")));

        for (String bad : List.of("10.0.0.0/33", "fd12::/64", "hooks_internal", "10.0.0.1:http", "[fd12::")) {
            assertThrows(IllegalStateException.class, () -> new TargetPolicy(List.of(bad), List.of("80")), bad);
        }
        assertThrows(IllegalStateException.class, () -> new TargetPolicy(List.of(), List.of("0")));
    }

    private static List<InetAddress> addresses(String... literals) throws Exception {
        InetAddress[] all = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            all[i] = InetAddress.getByName(literals[i]);
        }
        return List.of(all);
    }
}
