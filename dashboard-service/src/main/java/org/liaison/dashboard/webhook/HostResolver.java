package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The one place a webhook's host name is looked up. {@link TargetGuard} resolves it once per attempt, checks every
 * address, and the attempt connects to one of those very addresses: nothing resolves the name a second time, so a
 * DNS answer that changes between the check and the connection (rebinding) cannot redirect the attempt.
 */
@ApplicationScoped
public class HostResolver {

    /** @param host a name, or an address literal (IPv6 without brackets) */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
