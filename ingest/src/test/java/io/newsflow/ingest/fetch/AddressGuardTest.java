package io.newsflow.ingest.fetch;

import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Address classification works on literals and a fake resolver: no packet is sent anywhere. */
class AddressGuardTest {

    @Test
    void internalAddressesAreNotPublic() throws Exception {
        for (String ip : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
        }
        for (String ip : List.of("93.184.216.34", "172.32.0.1", "2a00:1450:4001::1", "8.8.8.8")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
        }
    }

    /** IANA's IPv4 special-purpose registry: one address in (and where it matters, one just outside) each block. */
    @Test
    void everyIpv4SpecialPurposeBlockIsNotPublic() throws Exception {
        for (String ip : List.of("0.1.2.3", "100.127.255.255", "127.255.0.1", "169.254.0.1", "192.0.0.8", "192.0.0.170",
                "192.0.2.1", "192.88.99.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "239.255.255.250",
                "240.0.0.1", "255.255.255.255")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
        }
        for (String ip : List.of("198.17.255.255", "198.20.0.1", "100.128.0.1", "192.0.1.1", "223.255.255.254")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
        }
    }

    /** IANA's IPv6 special-purpose registry. */
    @Test
    void everyIpv6SpecialPurposeBlockIsNotPublic() throws Exception {
        for (String ip : List.of("::", "64:ff9b:1::5", "100::1", "100:0:0:1::1", "2001::1", "2001:1ff:ffff::1", "2001:db8::1",
                "3fff::1", "5f00::1", "fec0::1", "febf::1", "ff02::1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
        }
        for (String ip : List.of("2001:200::1", "2620:4f:8000::1", "2a02:6b8::2:242", "2600::1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
        }
    }

    /** An IPv6 form that carries an IPv4 address is as public as that address. */
    @Test
    void anEmbeddedIpv4AddressDecides() throws Exception {
        for (String ip : List.of("64:ff9b::10.0.0.1", "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:0a00:0001::1",
                "2002:7f00:1::", "2002:c0a8:0101::", "::10.0.0.1", "::127.0.0.1", "::ffff:0:192.168.1.1", "::ffff:7f00:1",
                "::ffff:198.18.0.1", "2002:c612:1::")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
        }
        for (String ip : List.of("64:ff9b::8.8.8.8", "2002:0808:0808::1", "::ffff:93.184.216.34", "::8.8.8.8")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
        }
    }

    @Test
    void everyResolvedAddressMustBePublicUnlessTheHostIsAllowListed() throws Exception {
        AddressGuard.Resolver dns = host -> switch (host) {
            case "news.example" -> new InetAddress[]{InetAddress.getByName("93.184.216.34")};
            case "mixed.example" -> new InetAddress[]{InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")};
            case "nat64.example" -> new InetAddress[]{InetAddress.getByName("64:ff9b::192.168.0.10")};
            default -> new InetAddress[]{InetAddress.getByName("192.168.0.10")};
        };
        AddressGuard guard = new AddressGuard(List.of("Intranet.Example"), dns);
        guard.check(URI.create("https://news.example/a"));
        guard.check(URI.create("http://intranet.example/a"));
        guard.check(URI.create("http://intranet.example:8080/a"));
        assertBlocked(guard, "https://mixed.example/a");
        assertBlocked(guard, "http://printer.lan/");
        assertBlocked(guard, "http://nat64.example/");
        assertThatThrownBy(() -> guard.check(URI.create("jar:file:/x.jar!/a")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.UNSUPPORTED_URL));
    }

    @Test
    void anIpv6LiteralIsAllowedWithOrWithoutBracketsInAnySpelling() throws Exception {
        for (String entry : List.of("[::1]", "::1", "0:0:0:0:0:0:0:1", "[::1]:8321")) {
            AddressGuard guard = new AddressGuard(List.of(entry), host -> new InetAddress[]{InetAddress.getByName(host)});
            guard.check(URI.create("http://[::1]:8321/a"));
            guard.check(URI.create("http://[0:0:0:0:0:0:0:1]:8321/a"));
        }
        assertBlocked(new AddressGuard(List.of(), host -> new InetAddress[]{InetAddress.getByName(host)}), "http://[::1]:8321/a");
    }

    @Test
    void aHostWithAPortIsAllowedOnThatPortOnly() throws Exception {
        AddressGuard.Resolver dns = host -> new InetAddress[]{InetAddress.getByName(host.equals("intranet.example") ? "10.0.0.7" : host)};
        AddressGuard guard = new AddressGuard(List.of("127.0.0.1:8080", "[::1]:9000", "intranet.example:443"), dns);

        guard.check(URI.create("http://127.0.0.1:8080/a"));
        guard.check(URI.create("http://[::1]:9000/a"));
        guard.check(URI.create("https://intranet.example/a")); // 443 is https' default port
        assertBlocked(guard, "http://127.0.0.1:8081/a");
        assertBlocked(guard, "http://127.0.0.1/a");
        assertBlocked(guard, "http://[::1]:9001/a");
        assertBlocked(guard, "http://intranet.example/a");      // port 80
        assertBlocked(guard, "https://intranet.example:8443/a");
    }

    private static void assertBlocked(AddressGuard guard, String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url))).as(url)
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.BLOCKED_ADDRESS));
    }
}
