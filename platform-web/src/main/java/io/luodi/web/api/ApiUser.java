package io.luodi.web.api;

import io.luodi.core.user.Role;

/** The caller, as {@code GET /api/v1/me} returns them. */
record ApiUser(long id, String username, String displayName, Role role, String organisation) {
}
