package io.luodi.core.project;

import jakarta.validation.constraints.NotNull;

/** Adds a user to a project or changes their role in it. */
public record MemberForm(@NotNull Long userId, @NotNull ProjectRole role) {
}
