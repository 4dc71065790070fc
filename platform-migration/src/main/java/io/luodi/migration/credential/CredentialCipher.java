package io.luodi.migration.credential;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.MigrationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seals and opens the credentials probes connect with: AES-256-GCM, a random 96-bit nonce per value, and the id of
 * the key stored with each value so that a rotated-out key still opens what it sealed. The key comes from
 * {@code luodi.migration.credential-key}; without one, the embedded database's development key serves, and on any
 * other database nothing can be sealed (the application still starts; forms say why).
 */
@Component
public class CredentialCipher {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(CredentialCipher.class);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String currentKeyId;

    CredentialCipher(MigrationProperties properties, ObjectProvider<DevelopmentKeyFile> developmentKey) {
        byte[] current = configured(properties.credentialKey(), "luodi.migration.credential-key")
                .orElseGet(() -> developmentKey.stream().findFirst().map(CredentialCipher::developmentKey).orElse(null));
        currentKeyId = current == null ? null : add(current);
        for (String previous : properties.previousCredentialKeys()) {
            configured(previous, "luodi.migration.previous-credential-keys").ifPresent(this::add);
        }
        if (current == null) {
            log.warn("No luodi.migration.credential-key is configured: credentials for probes cannot be stored");
        }
    }

    /** Whether a key is at hand to seal new credentials with. */
    public boolean canSeal() {
        return currentKeyId != null;
    }

    /** Seals a secret under the current key; refused, on the password field, when there is no key. */
    public SealedSecret seal(String secret) {
        if (!canSeal()) {
            throw BusinessRuleException.onField("password", "credential.noKey");
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(currentKeyId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] value = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, value, NONCE_BYTES, sealed.length);
            return new SealedSecret(currentKeyId, value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a sealed secret; refused when its key is no longer configured or the value was tampered with. */
    public String open(SealedSecret sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new BusinessRuleException("credential.unknownKey", sealed.keyId());
        }
        byte[] value = sealed.value();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, 0, NONCE_BYTES));
            cipher.updateAAD(aad(sealed.keyId()));
            return new String(cipher.doFinal(value, NONCE_BYTES, value.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new BusinessRuleException("credential.unreadable");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private String add(byte[] key) {
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** A key's id: the start of its SHA-256, which tells keys apart without saying anything about them. */
    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] aad(String keyId) {
        return ("luodi-credential:" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    /** A configured key, which must be 256 bits in base64: a wrong one stops the start rather than sealing badly. */
    private static Optional<byte[]> configured(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(property + " must be 256 bits (32 bytes, base64), not " + key.length
                    + " bytes");
        }
        return Optional.of(key);
    }

    /** Reads the development key, making it on first use, readable by its owner alone. */
    private static byte[] developmentKey(DevelopmentKeyFile file) {
        Path path = file.path().toAbsolutePath().normalize();
        try {
            if (!Files.exists(path)) {
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(path.getParent());
                try {
                    create(path);
                    Files.writeString(path, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // Another start made it first: use theirs.
                }
            }
            log.warn("No luodi.migration.credential-key is configured: probe credentials are sealed with the "
                    + "development key in {}. Configure a key of your own before storing real credentials.", path);
            return configured(Files.readString(path, StandardCharsets.US_ASCII), path.toString()).orElseThrow(
                    () -> new IllegalStateException(path + " is empty"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the development credential key " + path, e);
        }
    }

    private static void create(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
    }
}
