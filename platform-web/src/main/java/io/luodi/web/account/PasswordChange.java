package io.luodi.web.account;

import jakarta.validation.constraints.NotBlank;

/** The change-password form; the new password is typed twice to catch a slip. */
record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword,
                      @NotBlank String confirmation) {
}
