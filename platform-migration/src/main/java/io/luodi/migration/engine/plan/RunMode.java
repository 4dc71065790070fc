package io.luodi.migration.engine.plan;

/** What a run does with the target. */
public enum RunMode {
    /** Processes the first or a random N rows fully and commits nothing. */
    SAMPLE,
    /** Replaces the target table's rows with the source's, in one transaction. */
    FULL,
    /** Upserts by the key; writes only new or changed rows and counts the unchanged ones. */
    INCREMENTAL
}
