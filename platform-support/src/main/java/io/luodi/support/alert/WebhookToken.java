package io.luodi.support.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A project's webhook secret: 256 random bits, so its SHA-256 is as safe to store as a slow password hash and is
 * checked with one comparison.
 */
final class WebhookToken {

    static final String PREFIX = "ldw_";
    static final int HINT_LENGTH = PREFIX.length() + 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookToken() {
    }

    static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String plainToken) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(plainToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells a guesser nothing about the stored hash. */
    static boolean matches(String plainToken, String storedHash) {
        return plainToken != null && storedHash != null && MessageDigest.isEqual(
                hash(plainToken).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
