package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address blocks ingest never fetches from: IANA's IPv4 and IPv6 special-purpose address registries (RFC 6890 and
 * its updates, as of 2025) less the blocks the registries call globally reachable, plus multicast and the reserved
 * 240.0.0.0/4. IPv6 addresses that embed an IPv4 address — IPv4-mapped {@code ::ffff:0:0/96}, IPv4-translated
 * {@code ::ffff:0:0:0/96}, IPv4-compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96} and 6to4 {@code 2002::/16} — are
 * judged by that IPv4 address, so {@code 64:ff9b::10.0.0.1} or {@code 2002:0a00:0001::} is as private as
 * {@code 10.0.0.1}. The whole of {@code 2001::/23} (IETF protocol assignments: Teredo, benchmarking, ORCHID…) is
 * refused, including its few globally reachable entries: a news site is not served from them.
 */
final class SpecialAddresses {
    private record Block(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) return false;
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) return false;
            }
            return true;
        }
    }

    private static final List<Block> IPV4 = blocks(
            "0.0.0.0/8",          // "this network"
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // shared address space (carrier-grade NAT)
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local, cloud metadata 169.254.169.254
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments (DS-Lite, NAT64 discovery, …)
            "192.0.2.0/24",       // documentation TEST-NET-1
            "192.88.99.0/24",     // deprecated 6to4 relay anycast
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation TEST-NET-2
            "203.0.113.0/24",     // documentation TEST-NET-3
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4");       // reserved, and the limited broadcast 255.255.255.255

    private static final List<Block> IPV6 = blocks(
            "::/128",             // unspecified
            "::1/128",            // loopback
            "64:ff9b:1::/48",     // local-use IPv4/IPv6 translation
            "100::/64",           // discard-only
            "100:0:0:1::/64",     // dummy prefix
            "2001::/23",          // IETF protocol assignments (Teredo 2001::/32, benchmarking 2001:2::/48, ORCHID…)
            "2001:db8::/32",      // documentation
            "3fff::/20",          // documentation
            "5f00::/16",          // segment routing (SRv6) SIDs
            "fc00::/7",           // unique local
            "fe80::/10",          // link-local
            "fec0::/10",          // deprecated site-local
            "ff00::/8");          // multicast

    private SpecialAddresses() {}

    /** Whether {@code address} is outside every special-purpose block, so fetching from it is fetching from the Internet. */
    static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) return IPV4.stream().noneMatch(block -> block.contains(b));
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) return IPV4.stream().noneMatch(block -> block.contains(embedded));
        return IPV6.stream().noneMatch(block -> block.contains(b));
    }

    /** The IPv4 address inside an IPv6 address of a form that carries one (see the class comment), else null. */
    static byte[] embeddedIpv4(byte[] b) {
        if (b[0] == 0x20 && b[1] == 0x02) return new byte[]{b[2], b[3], b[4], b[5]};                       // 2002::/16
        if (startsWith(b, new byte[]{0, 0x64, (byte) 0xff, (byte) 0x9b}, 12)) return last4(b);            // 64:ff9b::/96
        if (startsWith(b, new byte[0], 10) && (b[10] & b[11] & 0xff) == 0xff) return last4(b);            // ::ffff:0:0/96
        if (startsWith(b, new byte[0], 8) && (b[8] & b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) return last4(b); // ::ffff:0:0:0/96
        if (startsWith(b, new byte[0], 12) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1))) {
            return last4(b);                                                                               // ::/96 but :: and ::1
        }
        return null;
    }

    /** Whether the first {@code length} bytes of {@code b} are {@code prefix} followed by zeros. */
    private static boolean startsWith(byte[] b, byte[] prefix, int length) {
        for (int i = 0; i < length; i++) if (b[i] != (i < prefix.length ? prefix[i] : 0)) return false;
        return true;
    }

    private static byte[] last4(byte[] b) {
        return new byte[]{b[12], b[13], b[14], b[15]};
    }

    private static List<Block> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(cidr -> {
            int slash = cidr.indexOf('/');
            try {
                byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress(); // literals only: no lookup
                return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("bad block " + cidr, e);
            }
        }).toList();
    }
}
