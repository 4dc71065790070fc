package io.luodi.migration.environment;

import io.luodi.migration.credential.SealedSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A server, database, middleware or cloud resource of an environment. The credential a probe connects with is
 * kept sealed; nothing reads it back but {@link ProbeTargets}.
 */
@Entity
@Table(name = "environment_component")
class EnvironmentComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long environmentId;

    @Enumerated(EnumType.STRING)
    private ComponentType type;

    private String name;
    private String host;
    private String ipAddress;
    private Integer port;
    private String role;
    private String os;
    private String osVersion;
    private Integer cpuCores;
    private Integer memoryGb;
    private Integer diskGb;

    @Enumerated(EnumType.STRING)
    private DatabaseEngine engine;

    private String databaseName;
    private String charset;
    private String collationName;
    private String timeZone;
    private String product;
    private String productVersion;
    private String endpointUrl;

    @Enumerated(EnumType.STRING)
    private CloudProvider provider;

    private String region;
    private String service;
    private String compatibilityNote;
    private String username;
    private String secretKeyId;

    @Column(name = "secret_cipher")
    private byte[] secretCipher;

    private String internalNote;

    @Version
    private long version;

    protected EnvironmentComponent() {
    }

    EnvironmentComponent(long environmentId, ComponentType type) {
        this.environmentId = environmentId;
        this.type = type;
    }

    /** Takes the fields the component's type uses; the rest are cleared. */
    void describe(ComponentForm form) {
        name = form.name().strip();
        host = Text.orNull(form.host());
        ipAddress = Text.orNull(form.ipAddress());
        port = form.port();
        compatibilityNote = Text.orNull(form.compatibilityNote());
        internalNote = Text.orNull(form.internalNote());
        boolean server = type == ComponentType.SERVER;
        boolean database = type == ComponentType.DATABASE;
        boolean middleware = type == ComponentType.MIDDLEWARE;
        boolean cloud = type == ComponentType.CLOUD;
        role = server || middleware ? Text.orNull(form.role()) : null;
        os = server ? Text.orNull(form.os()) : null;
        osVersion = server ? Text.orNull(form.osVersion()) : null;
        cpuCores = server ? form.cpuCores() : null;
        memoryGb = server ? form.memoryGb() : null;
        diskGb = server ? form.diskGb() : null;
        engine = database ? form.engine() : null;
        databaseName = database ? Text.orNull(form.databaseName()) : null;
        charset = database ? Text.orNull(form.charset()) : null;
        collationName = database ? Text.orNull(form.collation()) : null;
        timeZone = server || database ? Text.orNull(form.timeZone()) : null;
        product = middleware || database ? Text.orNull(form.product()) : null;
        productVersion = Text.orNull(form.productVersion());
        endpointUrl = middleware || cloud ? Text.orNull(form.endpointUrl()) : null;
        provider = cloud ? form.provider() : null;
        region = cloud ? Text.orNull(form.region()) : null;
        service = cloud ? Text.orNull(form.service()) : null;
    }

    void setCredential(String username, SealedSecret secret) {
        this.username = username;
        this.secretKeyId = secret == null ? null : secret.keyId();
        this.secretCipher = secret == null ? null : secret.value();
    }

    void setUsername(String username) {
        this.username = username;
    }

    boolean hasSecret() {
        return secretCipher != null;
    }

    SealedSecret secret() {
        return secretCipher == null ? null : new SealedSecret(secretKeyId, secretCipher);
    }

    ComponentView view(boolean internal) {
        return new ComponentView(id, environmentId, type, name, host, ipAddress, port, role, os, osVersion, cpuCores,
                memoryGb, diskGb, engine, databaseName, charset, collationName, timeZone, product, productVersion,
                endpointUrl, provider, region, service, compatibilityNote, internal ? username : null,
                internal && hasSecret(), internal ? internalNote : null, version);
    }

    Long getId() {
        return id;
    }

    ComponentType getType() {
        return type;
    }

    String getName() {
        return name;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
