package io.luodi.migration.engine.process;

/**
 * One compiled transform. Takes null (blank), a {@code String} or a typed value from an earlier step; returns the
 * new value or a {@link Failure}. Steps are immutable and safe to share between threads.
 */
@FunctionalInterface
interface Step {

    Object apply(Object value);
}
