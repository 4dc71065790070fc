package io.luodi.migration.engine.plan;

/** A check on a transformed value; blank values pass (requiredness is the mapping's own flag). */
public sealed interface Validation {

    /** Inclusive bounds on a number, or on a date given as {@code yyyy-MM-dd}; either may be null. */
    record Range(String min, String max) implements Validation {}

    /** The whole value matches the Java regular expression ({@code bad_pattern}). */
    record Pattern(String regex) implements Validation {}

    /** A Chinese resident ID-card number: 18 characters, valid birth date, GB 11643 check digit. */
    record IdCard() implements Validation {}

    /** A mainland mobile (11 digits starting 1[3-9]) or landline number ({@code bad_phone}). */
    record Phone() implements Validation {}

    /**
     * The value must exist in a column of a table in the target database ({@code missing_reference}); checked by
     * the loader in the database, not row by row.
     */
    record Reference(String table, String column) implements Validation {}
}
