package io.luodi.migration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * {@code luodi.migration.*}: settings of the environment and data-migration phases.
 *
 * @param credentialKey          the AES-256 key (base64) that seals the credentials probes and migrations connect
 *                               with; unset, credentials can be stored only on the embedded database, under a
 *                               development key kept beside its data
 * @param previousCredentialKeys earlier keys (base64), still read after a rotation until every credential has
 *                               been saved again under the current key
 * @param probes                 how probes run
 */
@Validated
@ConfigurationProperties("luodi.migration")
public record MigrationProperties(String credentialKey,
                                  @DefaultValue List<String> previousCredentialKeys,
                                  @Valid @DefaultValue Probes probes) {

    /**
     * @param timeout        how long one probe may take before it is given up
     * @param threads        how many probes run at once
     * @param queue          how many more may wait; past that a new run is refused until one finishes
     * @param tlsWarningDays a TLS certificate expiring sooner than this fails its checklist item
     */
    public record Probes(@NotNull @DefaultValue("10s") Duration timeout,
                         @Min(1) @Max(16) @DefaultValue("2") int threads,
                         @Min(1) @Max(1000) @DefaultValue("20") int queue,
                         @Min(0) @Max(365) @DefaultValue("30") int tlsWarningDays) {
    }

    /** Keys never reach a log, not even through a configuration dump. */
    @Override
    public String toString() {
        return "MigrationProperties[credentialKey=" + (credentialKey == null || credentialKey.isBlank() ? "unset" : "***")
                + ", previousCredentialKeys=" + previousCredentialKeys.size() + ", probes=" + probes + "]";
    }
}
