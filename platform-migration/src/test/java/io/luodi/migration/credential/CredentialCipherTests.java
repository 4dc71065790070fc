package io.luodi.migration.credential;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.MigrationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class CredentialCipherTests {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static CredentialCipher cipher(String key, List<String> previous, DevelopmentKeyFile developmentKey) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (developmentKey != null) {
            beans.registerSingleton("developmentKey", developmentKey);
        }
        return new CredentialCipher(new MigrationProperties(key, previous,
                new MigrationProperties.Probes(Duration.ofSeconds(5), 2, 10, 30),
                new MigrationProperties.Files(java.nio.file.Path.of("target/migration-files"),
                        org.springframework.util.unit.DataSize.ofMegabytes(60)),
                new MigrationProperties.Runs(1, 10, 100_000, 100)),
                beans.getBeanProvider(DevelopmentKeyFile.class));
    }

    @Test
    void sealsWithAFreshNonceEachTimeAndOpensAgain() {
        CredentialCipher cipher = cipher(newKey(), List.of(), null);

        SealedSecret first = cipher.seal("口令-secret");
        SealedSecret second = cipher.seal("口令-secret");

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.keyId()).isEqualTo(second.keyId()).hasSize(12);
        assertThat(cipher.open(first)).isEqualTo("口令-secret");
        assertThat(cipher.open(second)).isEqualTo("口令-secret");
    }

    @Test
    void aRotatedOutKeyStillOpensWhatItSealed() {
        String old = newKey();
        SealedSecret sealedBefore = cipher(old, List.of(), null).seal("before rotation");

        CredentialCipher rotated = cipher(newKey(), List.of(old), null);

        assertThat(rotated.open(sealedBefore)).isEqualTo("before rotation");
        assertThat(rotated.seal("after").keyId()).isNotEqualTo(sealedBefore.keyId());
        assertThatThrownBy(() -> cipher(newKey(), List.of(), null).open(sealedBefore))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("credential.unknownKey");
    }

    @Test
    void aTamperedValueIsRefused() {
        CredentialCipher cipher = cipher(newKey(), List.of(), null);
        SealedSecret sealed = cipher.seal("secret");
        byte[] value = sealed.value();
        value[value.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(new SealedSecret(sealed.keyId(), value)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("credential.unreadable");
    }

    @Test
    void withoutAKeyNothingIsSealedAndTheFormIsToldWhy() {
        CredentialCipher cipher = cipher(null, List.of(), null);

        assertThat(cipher.canSeal()).isFalse();
        assertThatThrownBy(() -> cipher.seal("secret")).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("password");
            assertThat(e.messageCode()).isEqualTo("credential.noKey");
        });
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheStart() {
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16]), List.of(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("256 bits");
    }

    @Test
    void theEmbeddedDatabasesDevelopmentKeyIsMadeOnceKeptPrivateAndSaidToBeInUse(@TempDir Path directory,
                                                                                CapturedOutput output)
            throws Exception {
        Path file = directory.resolve("postgres").resolve("luodi-credential.key");
        SealedSecret sealed = cipher(null, List.of(), new DevelopmentKeyFile(file)).seal("dev secret");

        CredentialCipher restarted = cipher(null, List.of(), new DevelopmentKeyFile(file));

        assertThat(restarted.open(sealed)).isEqualTo("dev secret");
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(output.getAll()).contains("development key").contains(file.toString())
                .doesNotContain(Files.readString(file).strip());
    }
}
