package io.newsflow.ingest.fetch;

import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses URLs ingest must not request: schemes other than http and https, and hosts that resolve to an address that
 * is not public ({@link SpecialAddresses}: loopback, private 10/8, 172.16/12, 192.168/16, carrier-grade NAT 100.64/10,
 * link-local including the cloud metadata address 169.254.169.254, benchmarking 198.18/15, documentation, IPv6
 * unique-local fc00::/7, multicast, unspecified, every other IANA special-purpose block, and IPv6 forms that embed a
 * non-public IPv4 address such as NAT64 64:ff9b::10.0.0.1 or 6to4 2002:a00:1::). A feed is third-party input: without
 * this guard one crafted item link would make newsflow probe the operator's internal network.
 *
 * <p>Checked on every hop of a redirect chain. Hosts on the allow-list ({@link AllowedHosts}: a name or IP literal
 * for every port, or {@code host:port} for one port) skip the address check, for local testing and the demo. Every address a name resolves to must be public. Known gap: the JDK client
 * resolves the name again when it connects, so a DNS server answering differently within that instant (rebinding)
 * is not caught.
 */
public final class AddressGuard {
    private final AllowedHosts allowHosts;
    private final Resolver resolver;

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public AddressGuard(List<String> allowHosts) {
        this(allowHosts, InetAddress::getAllByName);
    }

    public AddressGuard(List<String> allowHosts, Resolver resolver) {
        this.allowHosts = new AllowedHosts(allowHosts);
        this.resolver = resolver;
    }

    /** Passes, or throws with {@link DeadLetterReason#UNSUPPORTED_URL}, {@link DeadLetterReason#BLOCKED_ADDRESS} or {@link DeadLetterReason#NETWORK_ERROR}. */
    public void check(URI uri) throws InputRejectedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "only http and https URLs are fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "URL without a host: " + uri);
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (allowHosts.allows(uri)) return;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new InputRejectedException(DeadLetterReason.NETWORK_ERROR, "unknown host " + host + " in " + uri, e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new InputRejectedException(DeadLetterReason.BLOCKED_ADDRESS, uri + ": " + host + " resolves to the non-public address "
                        + address.getHostAddress() + " (allow-list it in ingest.fetch.allowHosts for local testing)");
            }
        }
    }

    /** Whether {@code address} is a public unicast address (outside every {@link SpecialAddresses} block). */
    public static boolean isPublic(InetAddress address) {
        return SpecialAddresses.isPublic(address);
    }
}
