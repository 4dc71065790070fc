package io.luodi.migration.probe;

/**
 * One thing a probe saw, for the checklist item with this key.
 *
 * @param expected what the item asks for, when there is something to compare with
 */
public record Finding(String key, Verdict verdict, String observed, String expected) {

    static Finding pass(String key, String observed, String expected) {
        return new Finding(key, Verdict.PASS, observed, expected);
    }

    static Finding fail(String key, String observed, String expected) {
        return new Finding(key, Verdict.FAIL, observed, expected);
    }

    static Finding info(String key, String observed) {
        return new Finding(key, Verdict.INFO, observed, null);
    }

    static Finding judged(String key, boolean passed, String observed, String expected) {
        return new Finding(key, passed ? Verdict.PASS : Verdict.FAIL, observed, expected);
    }
}
