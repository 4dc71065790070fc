package io.luodi.support.revisit;

/** How the customer is revisited. */
public enum RevisitKind {
    ON_SITE, PHONE, VIDEO
}
