package io.luodi.migration.engine.plan;

import java.util.List;

/** One step that turns a source value into the target value. */
public sealed interface Transform {

    /** Trim this value even when the dataset's cleaning does not. */
    record Trim() implements Transform {}

    record Case(Kind kind) implements Transform {
        public enum Kind { UPPER, LOWER }
    }

    /**
     * Parse a date or date-time trying the patterns in order; {@code excel} stands for an Excel serial number.
     * Failure rejects the row ({@code bad_date}).
     */
    record ParseDate(List<String> patterns) implements Transform {
        public ParseDate {
            patterns = List.copyOf(patterns);
        }
    }

    /** Parse a number with thousands separators and full-width digits; failure rejects ({@code bad_number}). */
    record ParseNumber() implements Transform {}

    /**
     * Replace an old code by the new one from a named dictionary of the plan. A code not in it rejects the row
     * ({@code unknown_code}) unless {@code otherwise} gives the value to use.
     */
    record Lookup(String dictionary, String otherwise) implements Transform {}

    /** Use this value when the value is blank. */
    record Default(String value) implements Transform {}

    /** Join the mapping's source values with the separator (blank ones skipped). */
    record Concat(String separator) implements Transform {}

    /** Split on the separator (a literal) and keep the part at the 0-based index; blank when there is none. */
    record Split(String separator, int index) implements Transform {}

    /** Java regular-expression replace-all. */
    record RegexReplace(String pattern, String replacement) implements Transform {}
}
