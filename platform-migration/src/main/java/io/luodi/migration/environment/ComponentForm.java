package io.luodi.migration.environment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A component as its form creates or edits it. Which fields count depends on the type: a server's hardware, a
 * database's engine and settings, middleware's product and endpoint, a cloud resource's provider and region; the
 * others are ignored. The password is write-only: left empty on an edit, the stored one is kept.
 *
 * @param clearCredential removes the stored username and password (an unticked box sends nothing: null)
 * @param version         the version the edit form was loaded at; null when creating
 */
public record ComponentForm(@NotNull ComponentType type,
                            @NotBlank @Size(max = 100) String name,
                            @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9.\\-_:\\[\\]]*") String host,
                            @Size(max = 45) String ipAddress,
                            @Min(1) @Max(65535) Integer port,
                            @Size(max = 60) String role,
                            @Size(max = 60) String os,
                            @Size(max = 60) String osVersion,
                            @Positive @Max(4096) Integer cpuCores,
                            @Positive @Max(65536) Integer memoryGb,
                            @Positive @Max(1_000_000) Integer diskGb,
                            DatabaseEngine engine,
                            @Size(max = 128) String databaseName,
                            @Size(max = 40) String charset,
                            @Size(max = 80) String collation,
                            @Size(max = 60) String timeZone,
                            @Size(max = 60) String product,
                            @Size(max = 60) String productVersion,
                            @Size(max = 500) String endpointUrl,
                            CloudProvider provider,
                            @Size(max = 60) String region,
                            @Size(max = 100) String service,
                            @Size(max = 500) String compatibilityNote,
                            @Size(max = 128) String username,
                            @Size(max = 512) String password,
                            Boolean clearCredential,
                            @Size(max = 20_000) String internalNote,
                            Long version) {

    public static ComponentForm blank(ComponentType type) {
        return new ComponentForm(type, null, null, null, null, null, null, null, null, null, null,
                type == ComponentType.DATABASE ? DatabaseEngine.POSTGRESQL : null, null, null, null, null, null, null,
                null, type == ComponentType.CLOUD ? CloudProvider.ALIYUN : null, null, null, null, null, null, false,
                null, null);
    }

    public boolean clearsCredential() {
        return Boolean.TRUE.equals(clearCredential);
    }

    /** The password never travels back to the browser. */
    @Override
    public String toString() {
        return "ComponentForm[" + type + " " + name + "]";
    }
}
