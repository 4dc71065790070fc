package io.luodi.migration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
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
 * @param files                  where uploaded migration source files are kept
 * @param runs                   how migration runs execute
 */
@Validated
@ConfigurationProperties("luodi.migration")
public record MigrationProperties(String credentialKey,
                                  @DefaultValue List<String> previousCredentialKeys,
                                  @Valid @DefaultValue Probes probes,
                                  @Valid @DefaultValue Files files,
                                  @Valid @DefaultValue Runs runs) {

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

    /**
     * @param directory     the directory uploaded source files are stored under, one sub-directory per project;
     *                      relative paths resolve against the working directory
     * @param maxUploadSize the largest source file a user may upload (the servlet container's own ceiling,
     *                      {@code spring.servlet.multipart.max-file-size}, must be larger)
     */
    public record Files(@NotNull @DefaultValue("data/migration") Path directory,
                        @NotNull @DefaultValue("60MB") DataSize maxUploadSize) {
    }

    /**
     * @param threads         how many migration runs execute at once
     * @param queue           how many more may wait; past that a new run is refused until one finishes
     * @param maxStoredRejects rejected rows kept per run for the pages and downloads (all are counted)
     * @param sampleSize      the default number of rows of a SAMPLE run
     */
    public record Runs(@Min(1) @Max(8) @DefaultValue("1") int threads,
                       @Min(0) @Max(100) @DefaultValue("10") int queue,
                       @Min(1) @Max(10_000_000) @DefaultValue("100000") int maxStoredRejects,
                       @Min(1) @Max(100_000) @DefaultValue("100") int sampleSize) {
    }

    /** Keys never reach a log, not even through a configuration dump. */
    @Override
    public String toString() {
        return "MigrationProperties[credentialKey=" + (credentialKey == null || credentialKey.isBlank() ? "unset" : "***")
                + ", previousCredentialKeys=" + previousCredentialKeys.size() + ", probes=" + probes + ", files=" + files
                + ", runs=" + runs + "]";
    }
}
