package io.luodi.migration.probe;

/** A finding passes or fails its checklist item, or only records what was seen (nothing to judge it against). */
public enum Verdict {
    PASS, FAIL, INFO
}
