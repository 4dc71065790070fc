package io.luodi.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code, String name, OrganisationKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    void rename(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version;
    }
}
