package io.newsflow.ingest.fetch;

import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses URLs ingest must not request: schemes other than http and https, and hosts that resolve to an address that
 * is not public (loopback, private 10/8, 172.16/12, 192.168/16, carrier-grade NAT 100.64/10, link-local including the
 * cloud metadata address 169.254.169.254, IPv6 unique-local fc00::/7, multicast, unspecified). A feed is third-party
 * input: without this guard one crafted item link would make newsflow probe the operator's internal network.
 *
 * <p>Checked on every hop of a redirect chain. Hosts on the allow-list (exact name or IP literal) skip the address
 * check, for local testing and the demo. Every address a name resolves to must be public. Known gap: the JDK client
 * resolves the name again when it connects, so a DNS server answering differently within that instant (rebinding)
 * is not caught.
 */
public final class AddressGuard {
    private final Set<String> allowHosts;
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
        this.allowHosts = Set.copyOf(allowHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
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
        if (allowHosts.contains(host)) return;
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

    /** Whether {@code address} is a public unicast address. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return false;                       // fc00::/7 unique local
            if (isMappedOrCompatibleV4(b)) return isPublicV4(new byte[]{b[12], b[13], b[14], b[15]});
            return true;
        }
        return isPublicV4(b);
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff, second = b[1] & 0xff;
        if (first == 0 || first == 10 || first == 127) return false;       // this network, private, loopback
        if (first == 100 && second >= 64 && second <= 127) return false;    // carrier-grade NAT
        if (first == 169 && second == 254) return false;                    // link-local, cloud metadata
        if (first == 172 && second >= 16 && second <= 31) return false;     // private
        if (first == 192 && second == 168) return false;                    // private
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return false; // IETF protocol assignments
        return first < 224;                                                 // multicast and reserved
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }
}
