package io.luodi.migration.engine.source;

import io.luodi.core.BusinessRuleException;

/**
 * A source the engine cannot read as the user asked: not a table, an unknown encoding, a header row past the end.
 * Carries a message key of the {@code migration} bundle and its arguments, never a server path.
 */
public class SourceFileException extends BusinessRuleException {

    public SourceFileException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
