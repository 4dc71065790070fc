package io.luodi.core.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator may change on an existing user. */
public record UserChanges(
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        @NotNull Role role,
        @NotNull Long organisationId,
        boolean enabled) {
}
