package io.luodi.migration.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 range in CIDR notation ({@code 10.0.0.0/8}, {@code fe80::/10}); a bare address is a /32 or /128. */
record AddressRange(byte[] network, int prefix, String text) {

    /** Only digits, hex, dots and colons: parsing such a literal never asks DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    static Optional<AddressRange> parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (address.isEmpty() || !LITERAL.matcher(address).matches()
                || (!address.contains(":") && address.chars().filter(c -> c == '.').count() != 3)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                return Optional.empty();
            }
            return Optional.of(new AddressRange(bytes, prefix, trimmed));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }
}
