package io.luodi.migration.credential;

import java.util.Arrays;

/**
 * A secret as it is stored: the id of the key that sealed it and the AES-GCM output (nonce, ciphertext, tag).
 */
public record SealedSecret(String keyId, byte[] value) {

    public SealedSecret {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret that && keyId.equals(that.keyId) && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "SealedSecret[" + keyId + "]";
    }
}
