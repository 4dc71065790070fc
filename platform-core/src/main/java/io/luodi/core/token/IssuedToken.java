package io.luodi.core.token;

/** A freshly issued token: the plain value exists only here, to be shown to its owner once. */
public record IssuedToken(long id, String name, String plainToken) {
}
