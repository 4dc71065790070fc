package io.luodi.core;

/**
 * The user may see the thing but not do this with it. Used only where the thing is already visible to them;
 * anything they may not see is a {@link NotFoundException}.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String what) {
        super(what);
    }
}
