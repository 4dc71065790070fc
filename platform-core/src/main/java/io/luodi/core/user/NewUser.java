package io.luodi.core.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create a user; the initial password must be changed at first login. */
public record NewUser(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        @NotNull Role role,
        @NotNull Long organisationId,
        @NotBlank @Size(min = UserManagement.MIN_PASSWORD_LENGTH, max = 128) String initialPassword) {
}
