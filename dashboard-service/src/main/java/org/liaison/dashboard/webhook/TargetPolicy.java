package org.liaison.dashboard.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses and ports a webhook may reach. Three kinds of address:
 * <ul>
 *   <li><b>never</b>: the unspecified and broadcast addresses, multicast, link-local (169.254/16, fe80::/10) and
 *       the cloud metadata services (169.254.169.254, 169.254.170.2, 100.100.100.200, fd00:ec2::254), whatever the
 *       allow-list says;</li>
 *   <li><b>internal</b>, refused unless an allow-list entry covers them: loopback (127/8, ::1), private (10/8,
 *       172.16/12, 192.168/16), shared (100.64/10), unique-local (fc00::/7), site-local (fec0::/10), and the
 *       reserved, benchmark and documentation ranges; an IPv6 address that embeds an IPv4 one (mapped, NAT64
 *       64:ff9b::/96, 6to4 2002::/16) is judged by that IPv4 address;</li>
 *   <li>everything else (the public internet), on the allowed ports (80 and 443 by default).</li>
 * </ul>
 * An allow-list entry is {@code CIDR[:PORTS]} or {@code HOSTNAME[:PORTS]} (IPv6 in brackets: {@code [fd12::]/64:8443});
 * {@code PORTS} is a port, a range {@code 8000-8999} or {@code *}; without it, the allowed ports. A CIDR entry
 * covers the addresses in it, a host-name entry whatever that exact name resolves to.
 */
final class TargetPolicy {

    static final String NEVER = "must not point at a link-local, cloud metadata, multicast or unspecified address";
    static final String INTERNAL = "must not point at a private, shared, loopback or other internal address"
            + " (a deployment may allow some in liaison.webhooks.allow-list)";

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data");
    private static final List<Cidr> NEVER_RANGES = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("169.254.0.0/16"), Cidr.parse("224.0.0.0/4"),
            Cidr.parse("255.255.255.255/32"), Cidr.parse("100.100.100.200/32"),
            Cidr.parse("::/128"), Cidr.parse("fe80::/10"), Cidr.parse("ff00::/8"), Cidr.parse("fd00:ec2::254/128"));
    private static final List<Cidr> INTERNAL_RANGES = List.of(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"), Cidr.parse("127.0.0.0/8"),
            Cidr.parse("172.16.0.0/12"), Cidr.parse("192.0.0.0/24"), Cidr.parse("192.0.2.0/24"),
            Cidr.parse("192.88.99.0/24"), Cidr.parse("192.168.0.0/16"), Cidr.parse("198.18.0.0/15"),
            Cidr.parse("198.51.100.0/24"), Cidr.parse("203.0.113.0/24"), Cidr.parse("240.0.0.0/4"),
            Cidr.parse("::1/128"), Cidr.parse("::/96"), Cidr.parse("64:ff9b:1::/48"), Cidr.parse("100::/64"),
            Cidr.parse("2001::/32"), Cidr.parse("2001:db8::/32"), Cidr.parse("fc00::/7"), Cidr.parse("fec0::/10"));
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final Ports allowedPorts;
    private final List<Entry> allowList;

    /**
     * @throws IllegalStateException for an entry or port that cannot be read (at startup, naming the setting)
     */
    TargetPolicy(List<String> allowList, List<String> allowedPorts) {
        this.allowedPorts = Ports.parseList(allowedPorts, "liaison.webhooks.allowed-ports");
        List<Entry> entries = new ArrayList<>();
        for (String raw : allowList) {
            if (!raw.isBlank()) {
                entries.add(Entry.parse(raw.trim(), this.allowedPorts));
            }
        }
        this.allowList = List.copyOf(entries);
    }

    /** Why a URL naming {@code host} may never be used, before any look-up; or null. */
    String nameRefusal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (METADATA_HOSTS.contains(name)) {
            return NEVER;
        }
        if ((name.equals("localhost") || name.endsWith(".localhost")) && entryFor(name, null).isEmpty()) {
            return INTERNAL;
        }
        return null;
    }

    /**
     * Why {@code host} resolved to {@code addresses} may not be reached on {@code port}; or null. With no addresses
     * (the name did not resolve) only the port is judged, by the host-name entries and the allowed ports.
     */
    String refusal(String host, int port, List<InetAddress> addresses) {
        String name = host.toLowerCase(Locale.ROOT);
        if (addresses.isEmpty()) {
            Optional<Entry> entry = entryFor(name, null);
            return portAllowed(port, entry) ? null : portMessage();
        }
        for (InetAddress address : addresses) {
            InetAddress judged = embeddedIpv4(address);
            if (never(address) || never(judged)) {
                return NEVER;
            }
            Optional<Entry> entry = entryFor(name, address);
            if ((internal(address) || internal(judged)) && entry.isEmpty()) {
                return INTERNAL;
            }
            if (!portAllowed(port, entry)) {
                return portMessage();
            }
        }
        return null;
    }

    private boolean portAllowed(int port, Optional<Entry> entry) {
        return allowedPorts.contains(port) || entry.map(e -> e.ports().contains(port)).orElse(false);
    }

    private String portMessage() {
        return "must use " + allowedPorts.describe() + " (a deployment may allow other ports for some targets in"
                + " liaison.webhooks.allow-list)";
    }

    private Optional<Entry> entryFor(String name, InetAddress address) {
        return allowList.stream().filter(e -> e.covers(name, address)).findFirst();
    }

    private static boolean never(InetAddress address) {
        return address.isAnyLocalAddress() || address.isMulticastAddress() || address.isLinkLocalAddress()
                || NEVER_RANGES.stream().anyMatch(c -> c.contains(address));
    }

    private static boolean internal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress()
                || INTERNAL_RANGES.stream().anyMatch(c -> c.contains(address));
    }

    /** The IPv4 address inside a mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one; else itself. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        byte[] v4 = null;
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if ((mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || NAT64.contains(address)) {
            v4 = new byte[]{b[12], b[13], b[14], b[15]};
        } else if (SIX_TO_FOUR.contains(address)) {
            v4 = new byte[]{b[2], b[3], b[4], b[5]};
        }
        if (v4 == null) {
            return address;
        }
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address range. */
    record Cidr(byte[] network, int prefix) {

        private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            if (!V4.matcher(address).matches() && !address.contains(":")) {
                throw new IllegalArgumentException("not an address: " + address);
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address: " + address, e);
            }
            if (address.contains(":") && bytes.length == 4) {
                throw new IllegalArgumentException("write an IPv4 range as IPv4: " + text);
            }
            int prefix;
            try {
                prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a prefix length: " + text, e);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + text);
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] b = address.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (b[full] & mask) == (network[full] & mask);
        }
    }

    /** A set of ports: single ports and ranges. */
    record Ports(List<int[]> ranges) {

        static final Ports ANY = new Ports(List.<int[]>of(new int[]{1, 65535}));

        static Ports parseList(List<String> specs, String setting) {
            List<int[]> ranges = new ArrayList<>();
            for (String spec : specs) {
                try {
                    ranges.addAll(parse(spec.trim()).ranges());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(setting + ": " + e.getMessage(), e);
                }
            }
            return new Ports(List.copyOf(ranges));
        }

        static Ports parse(String spec) {
            if (spec.equals("*")) {
                return ANY;
            }
            int dash = spec.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? spec : spec.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(spec.substring(dash + 1));
                if (from < 1 || to > 65535 || from > to) {
                    throw new IllegalArgumentException("not a port or port range: " + spec);
                }
                return new Ports(List.<int[]>of(new int[]{from, to}));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port or port range: " + spec, e);
            }
        }

        boolean contains(int port) {
            return ranges.stream().anyMatch(r -> port >= r[0] && port <= r[1]);
        }

        String describe() {
            List<String> parts = ranges.stream().map(r -> r[0] == r[1] ? "" + r[0] : r[0] + "-" + r[1]).toList();
            return parts.size() == 1 ? "port " + parts.get(0) : "one of the ports " + String.join(", ", parts);
        }
    }

    /** One allow-list entry: a range or an exact host name, and the ports allowed there. */
    record Entry(Cidr cidr, String hostName, Ports ports) {

        private static final Pattern HOST_NAME = Pattern.compile(
                "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

        static Entry parse(String raw, Ports defaultPorts) {
            try {
                String target = raw;
                String ports = null;
                if (raw.startsWith("[")) {
                    int close = raw.indexOf(']');
                    if (close < 0) {
                        throw new IllegalArgumentException("no closing ]");
                    }
                    int colon = raw.indexOf(':', close);
                    target = raw.substring(1, close)
                            + (colon < 0 ? raw.substring(close + 1) : raw.substring(close + 1, colon));
                    ports = colon < 0 ? null : raw.substring(colon + 1);
                } else {
                    int colon = raw.lastIndexOf(':');
                    if (colon >= 0) {
                        target = raw.substring(0, colon);
                        ports = raw.substring(colon + 1);
                    }
                }
                Ports allowed = ports == null ? defaultPorts : Ports.parse(ports);
                String lower = target.toLowerCase(Locale.ROOT);
                if (Cidr.V4.matcher(lower.contains("/") ? lower.substring(0, lower.indexOf('/')) : lower).matches()
                        || lower.contains(":")) {
                    return new Entry(Cidr.parse(lower), null, allowed);
                }
                if (!HOST_NAME.matcher(lower).matches()) {
                    throw new IllegalArgumentException("neither an address range nor a host name");
                }
                return new Entry(null, lower, allowed);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("liaison.webhooks.allow-list: cannot read \"" + raw + "\": "
                        + e.getMessage() + " (write CIDR[:PORTS] or HOSTNAME[:PORTS], IPv6 in brackets)", e);
            }
        }

        boolean covers(String name, InetAddress address) {
            if (hostName != null) {
                return hostName.equals(name);
            }
            return address != null && (cidr.contains(address) || cidr.contains(embeddedIpv4(address)));
        }
    }
}
