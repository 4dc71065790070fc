package io.luodi.migration.probe;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class AddressRangeTests {

    private static boolean contains(String range, String address) throws Exception {
        return AddressRange.parse(range).orElseThrow().contains(InetAddress.getByName(address));
    }

    @Test
    void matchesByPrefix() throws Exception {
        assertThat(contains("169.254.0.0/16", "169.254.169.254")).isTrue();
        assertThat(contains("10.0.0.0/8", "10.255.1.2")).isTrue();
        assertThat(contains("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(contains("172.16.0.0/12", "172.31.255.255")).isTrue();
        assertThat(contains("172.16.0.0/12", "172.32.0.0")).isFalse();
        assertThat(contains("100.100.100.200", "100.100.100.200")).isTrue();
        assertThat(contains("0.0.0.0/0", "8.8.8.8")).isTrue();
        assertThat(contains("fe80::/10", "fe80::1")).isTrue();
        assertThat(contains("fe80::/10", "2001:db8::1")).isFalse();
        assertThat(contains("::/0", "127.0.0.1")).isFalse();
    }

    @Test
    void refusesWhatIsNoRangeWithoutAskingDns() {
        assertThat(AddressRange.parse("example.com")).isEmpty();
        assertThat(AddressRange.parse("10.0.0.0/33")).isEmpty();
        assertThat(AddressRange.parse("10.0.0/8")).isEmpty();
        assertThat(AddressRange.parse("")).isEmpty();
    }
}
