package io.luodi.core.golive;

/**
 * A readiness count: how many of the items that apply have passed, and how many blocking items have failed.
 *
 * @param applicable items that count (those marked not applicable do not)
 */
public record Readiness(int passed, int applicable, int blockingFailures) {

    /** Share of applicable items passed, 0–100; nothing to judge counts as 0. */
    public int percent() {
        return applicable == 0 ? 0 : passed * 100 / applicable;
    }

    /** Every applicable item passed. */
    public boolean ready() {
        return applicable > 0 && passed == applicable;
    }
}
