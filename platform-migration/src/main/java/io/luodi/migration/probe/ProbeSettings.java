package io.luodi.migration.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The address ranges probes may reach and those they never may; one row, kept by administrators. */
@Entity
@Table(name = "probe_settings")
class ProbeSettings {

    static final int ID = 1;

    @Id
    private int id;

    private String allowedRanges;

    private String deniedRanges;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ProbeSettings() {
    }

    void change(String allowedRanges, String deniedRanges, String by, Instant at) {
        this.allowedRanges = allowedRanges;
        this.deniedRanges = deniedRanges;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String getAllowedRanges() {
        return allowedRanges;
    }

    String getDeniedRanges() {
        return deniedRanges;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
