package io.luodi.migration.engine.process;

/** One compiled validation of a non-blank value: null when it passes, else why not. */
@FunctionalInterface
interface Check {

    Failure check(Object value);
}
