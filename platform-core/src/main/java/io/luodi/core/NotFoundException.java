package io.luodi.core;

/**
 * Something the caller asked for does not exist, or exists but is not theirs to see: both answer 404 so that
 * an id never reveals whether it exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
