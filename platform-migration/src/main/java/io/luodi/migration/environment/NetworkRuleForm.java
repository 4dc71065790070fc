package io.luodi.migration.environment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A firewall rule as its form adds it; it starts as requested. */
public record NetworkRuleForm(@NotBlank @Size(max = 255) String source,
                              @NotBlank @Size(max = 255) String destination,
                              @NotNull @Min(1) @Max(65535) Integer port,
                              @NotNull Protocol protocol,
                              @Size(max = 500) String purpose) {

    public static NetworkRuleForm blank() {
        return new NetworkRuleForm(null, null, null, Protocol.TCP, null);
    }
}
