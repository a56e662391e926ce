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

    @Test
    void everyResolvedAddressMustBePublicUnlessTheHostIsAllowListed() throws Exception {
        AddressGuard.Resolver dns = host -> switch (host) {
            case "news.example" -> new InetAddress[]{InetAddress.getByName("93.184.216.34")};
            case "mixed.example" -> new InetAddress[]{InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")};
            default -> new InetAddress[]{InetAddress.getByName("192.168.0.10")};
        };
        AddressGuard guard = new AddressGuard(List.of("Intranet.Example"), dns);
        guard.check(URI.create("https://news.example/a"));
        guard.check(URI.create("http://intranet.example/a"));
        assertThatThrownBy(() -> guard.check(URI.create("https://mixed.example/a")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.BLOCKED_ADDRESS));
        assertThatThrownBy(() -> guard.check(URI.create("http://printer.lan/")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.BLOCKED_ADDRESS));
        assertThatThrownBy(() -> guard.check(URI.create("jar:file:/x.jar!/a")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.UNSUPPORTED_URL));
    }
}
