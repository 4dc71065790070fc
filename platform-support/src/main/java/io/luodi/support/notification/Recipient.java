package io.luodi.support.notification;

/** A user to tell, with the address their e-mail goes to ({@code null} when they have none). */
record Recipient(long userId, String displayName, String email, boolean customer) {
}
