package io.luodi.migration.engine.plan;

/**
 * Cleaning applied to every source value before the field mappings, and to the rows as a whole.
 *
 * @param trim trim both ends and collapse runs of blanks (including the ideographic space) into one space
 * @param stripControl remove control characters and characters PostgreSQL or XML cannot hold
 * @param fullWidthToHalf turn full-width letters, digits and punctuation into their half-width forms
 * @param dedupe what to do with rows whose key repeats; null keeps them (and the load fails on a primary key)
 */
public record Cleaning(boolean trim, boolean stripControl, boolean fullWidthToHalf, Dedupe dedupe) {

    /** Which of the rows sharing a key survives; the others are counted as duplicates removed. */
    public enum Dedupe { KEEP_FIRST, KEEP_LAST }

    public static Cleaning standard() {
        return new Cleaning(true, true, false, Dedupe.KEEP_FIRST);
    }
}
